/**
 * A REFI-QDA file we refuse, with the file (or the part inside a .qdpx) and the problem in words a
 * researcher can act on. The backend turns it into a `file-invalid` error; nothing is written.
 */
export class RefiError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = 'RefiError';
  }
}

export function refiFail(file: string, problem: string): never {
  throw new RefiError(file, problem);
}
