/**
 * Thrown inside the importers to stop with a reason; `parseTranscript` turns it into a failed
 * outcome. `problem` completes a sentence whose subject is the file: "<name> <problem>."
 */
export class ImportRefusal extends Error {
  constructor(readonly problem: string) {
    super(problem);
    this.name = 'ImportRefusal';
  }
}

export function refuse(problem: string): never {
  throw new ImportRefusal(problem);
}
