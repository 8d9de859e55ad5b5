import { writeExportFile } from '../backend';

/**
 * Every file the CLI writes takes its real name only once complete (see writeExportFile): a full
 * disk or a killed process leaves no empty or half-written file behind, an existing file is never
 * truncated by a failed attempt, and the error names the file and what to do.
 */
export function writeOutputFile(path: string, data: string | Uint8Array, mode: 'replace' | 'new' = 'replace'): void {
  writeExportFile(path, data, mode);
}
