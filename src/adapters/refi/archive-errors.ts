import { ArchiveError } from '../archive/zip-archive';
import { refiFail } from './errors';

/** Runs an archive read, turning the archive's refusal into a REFI error that names the file. */
export function archiveGuard<T>(file: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof ArchiveError)) throw error;
    if (error.kind === 'bomb') return refiFail(file, `${error.problem}; it looks like a zip bomb and was not opened`);
    if (error.kind === 'unsafe') return refiFail(file, `${error.problem}; it was not opened`);
    if (error.kind === 'damaged') return refiFail(file, `is a damaged or incomplete zip archive: it ${error.problem}`);
    return refiFail(file, error.problem);
  }
}
