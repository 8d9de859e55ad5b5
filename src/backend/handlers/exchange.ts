import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DomainError } from '../../core/result';
import type { FeatureHandlers } from '../../shared/api';
import type { EXCHANGE_CHANNELS } from '../../shared/features/exchange-channels';
import type { ImportResult } from '../../shared/features/documents-types';
import { refiFormatOf } from '../../core/file-formats';
import { exportRefi, exportRefiToFile, mergeCodebook } from '../exchange/exchange';
import type { HandlerContext } from './context';

/** Handlers of the exchange feature (REFI-QDA). */
export function exchangeHandlers(ctx: HandlerContext): FeatureHandlers<typeof EXCHANGE_CHANNELS> {
  const { session } = ctx;
  const fileOptions = () => ({
    appVersion: ctx.appVersion,
    coderName: ctx.preferences.coderName(),
  });

  const importRefi = async (path: string, newProjectPath: string | undefined): Promise<ImportResult> => {
    const format = refiFormatOf(path);
    if (format === null) throw new DomainError('invalid-arguments', `${path}: is not a .qdpx project or .qdc codebook.`);
    if (newProjectPath === undefined) {
      if (format === 'qdpx') {
        throw new DomainError('invalid-arguments', 'A .qdpx project is imported as a new project: choose where to save it.');
      }
      const { codebook, report } = await ctx.jobs.run('readQdcFile', path);
      return mergeCodebook(session.require(), codebook, path, report);
    }
    const target = resolve(newProjectPath);
    // The whole new project is written by the job: nothing else has that file open.
    const result = await ctx.jobs.run(format === 'qdpx' ? 'importQdpxAsProject' : 'importQdcAsProject', path, target, fileOptions());
    await session.open(target);
    return result;
  };

  return {
    exportRefi: ({ format, path, filter }) => exportRefiToFile(session.require(), format, path, filter),
    exportRefiData: ({ format, filter }) => {
      const file = exportRefi(session.require(), format, filter);
      return { fileName: file.fileName, mime: file.mime, dataBase64: Buffer.from(file.bytes).toString('base64'), report: file.report };
    },
    importRefi: ({ path, newProjectPath }) => importRefi(path, newProjectPath),
    // The importers read from a path: the bytes go to a private temp folder under the file's own
    // name (so messages name it as the user knows it), which is removed whatever happens.
    importRefiData: async ({ fileName, dataBase64, newProjectPath }) => {
      const dir = await mkdtemp(join(tmpdir(), 'gioia-refi-'));
      try {
        const path = join(dir, fileName);
        await writeFile(path, Buffer.from(dataBase64, 'base64'), { flag: 'wx', mode: 0o600 });
        const result = await importRefi(path, newProjectPath);
        return { ...result, file: fileName };
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}
