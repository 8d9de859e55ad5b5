import { z } from 'zod';
import { channel, type ChannelSpec } from '../channel-spec';
import { coderFilter, filePath, uploadBase64, uploadName } from '../schemas';
import type { ImportResult } from './documents-types';
import type { ExportFileResult, RefiExportDataResult } from './exchange-types';

const format = z.enum(['qdpx', 'qdc']);

/**
 * REFI-QDA exchange: a .qdpx project or .qdc codebook out of the open project, and in —
 * a .qdc merges into the open project by level and name; a .qdpx (or .qdc) with `newProjectPath`
 * becomes a new project file, which is then opened.
 */
export const exchangeContract = {
  /** Writes the export to `path` (Electron: after a save dialog in main). */
  exportRefi: channel<ExportFileResult>()(z.object({ format, path: filePath, filter: coderFilter.optional() }).strict()),
  /** Returns the export's bytes (web mode: the renderer offers them as a download). `filter` chooses whose codings go in. */
  exportRefiData: channel<RefiExportDataResult>()(z.object({ format, filter: coderFilter.optional() }).strict()),
  importRefi: channel<ImportResult>()(z.object({ path: filePath, newProjectPath: filePath.optional() }).strict()),
  /**
   * A .qdc or .qdpx delivered as bytes (browser file picker, drag-and-drop), imported exactly as
   * `importRefi` does: a .qdc merges into the open project; a .qdpx needs `newProjectPath`.
   */
  importRefiData: channel<ImportResult>()(
    z
      .object({
        fileName: uploadName.refine((s) => /\.(qdpx|qdc)$/i.test(s), 'a .qdpx project or .qdc codebook'),
        dataBase64: uploadBase64,
        newProjectPath: filePath.optional(),
      })
      .strict(),
  ),
} satisfies Record<string, ChannelSpec>;
