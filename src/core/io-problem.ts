/**
 * What a failed read or write means for the researcher, from the error code the system gave
 * (Node's errno codes and SQLite's result codes), as a phrase that ends a sentence naming the file:
 * `Could not save "interview.gioia": the disk is full — free some space and try again.`
 * Null when the code says nothing we can explain better than the raw message.
 */
export function ioProblem(code: string | undefined): string | null {
  if (code === undefined) return null;
  if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'SQLITE_FULL') return 'the disk is full — free some space and try again';
  if (code === 'EROFS' || code.startsWith('SQLITE_READONLY')) {
    return 'it is on a read-only disk or folder — choose a folder you can write to';
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'SQLITE_PERM' || code === 'SQLITE_AUTH') {
    return 'permission denied — choose a folder you can write to, or ask for write access';
  }
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'its folder does not exist — choose an existing folder';
  if (code === 'EISDIR') return 'a folder has that name — choose a file name';
  if (code === 'ENAMETOOLONG') return 'the name is too long for this disk — choose a shorter one';
  if (code === 'EIO' || code.startsWith('SQLITE_IOERR') || code === 'SQLITE_CORRUPT') {
    return 'the disk reported an error — check the disk (or the network share) and try again';
  }
  if (code === 'SQLITE_CANTOPEN') return 'it cannot be opened — check that the disk is present and readable';
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return 'another program is using it — close it there and try again';
  return null;
}

/** The error's code, for `ioProblem`. */
export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}
