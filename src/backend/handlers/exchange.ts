import { resolve } from 'node:path';
import { DomainError } from '../../core/result';
import type { FeatureHandlers } from '../../shared/api';
import type { EXCHANGE_CHANNELS } from '../../shared/features/exchange-channels';
import { exportRefi, exportRefiToFile, importQdcAsProject, importQdcInto, importQdpxAsProject, refiFormatOf } from '../exchange/exchange';
import type { HandlerContext } from './context';

/** Handlers of the exchange feature (REFI-QDA, issue 7). */
export function exchangeHandlers(ctx: HandlerContext): FeatureHandlers<typeof EXCHANGE_CHANNELS> {
  const { session } = ctx;
  const fileOptions = { appVersion: ctx.appVersion, ...(ctx.nativeBinding ? { nativeBinding: ctx.nativeBinding } : {}) };
  return {
    exportRefi: ({ format, path }) => exportRefiToFile(session.require(), format, path),
    exportRefiData: ({ format }) => {
      const file = exportRefi(session.require(), format);
      return { fileName: file.fileName, mime: file.mime, dataBase64: Buffer.from(file.bytes).toString('base64') };
    },
    importRefi: async ({ path, newProjectPath }) => {
      const format = refiFormatOf(path);
      if (format === null) throw new DomainError('invalid-arguments', `${path}: is not a .qdpx project or .qdc codebook.`);
      if (newProjectPath === undefined) {
        if (format === 'qdpx') {
          throw new DomainError('invalid-arguments', 'A .qdpx project is imported as a new project: choose where to save it.');
        }
        const result = await importQdcInto(session.require(), path);
        ctx.emit({ type: 'data-changed', action: 'import-refi-codebook' });
        return result;
      }
      const target = resolve(newProjectPath);
      const result = format === 'qdpx'
        ? await importQdpxAsProject(path, target, fileOptions)
        : await importQdcAsProject(path, target, fileOptions);
      await session.open(target);
      return result;
    },
  };
}
