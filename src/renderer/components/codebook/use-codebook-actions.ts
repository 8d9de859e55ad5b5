import { useCallback } from 'react';
import type { CodeLevel } from '../../../core/codebook';
import type { CodeId } from '../../../core/ids';
import { errorMessage } from '../../../core/result';
import { call } from '../../lib/api';
import type { Params } from '../../../shared/contract';
import { useWorkspace } from '../../state/workspace';
import { useKeepInCodeSet } from '../sets/use-keep-in-code-set';
import { msg } from '../../messages';

/** Codebook operations; each is one transaction and one undo step in the backend. */
export function useCodebookActions() {
  const { flash, selectCode } = useWorkspace();
  const keepInCodeSet = useKeepInCodeSet();
  const run = useCallback(
    async <T>(what: string, op: () => Promise<T>): Promise<T | null> => {
      try {
        return await op();
      } catch (e) {
        flash(msg.common.couldNot(what, errorMessage(e)));
        return null;
      }
    },
    [flash],
  );
  return {
    create: useCallback(
      async (level: CodeLevel, name: string, parentId: CodeId | null, place: Pick<Params<'createCode'>, 'index' | 'childIds'> = {}) => {
        const code = await run(msg.codebook.failed.create, () => call('createCode', { level, name, parentId, ...place }));
        if (code !== null) {
          selectCode(code.id);
          await keepInCodeSet([code]);
        }
        return code;
      },
      [run, selectCode, keepInCodeSet],
    ),
    update: useCallback((p: Params<'updateCode'>) => run(msg.codebook.failed.change, () => call('updateCode', p)), [run]),
    move: useCallback((p: Params<'moveCode'>) => run(msg.codebook.failed.move, () => call('moveCode', p)), [run]),
    merge: useCallback(
      (sourceId: CodeId, targetId: CodeId) => run(msg.codebook.failed.merge, () => call('mergeCodes', { sourceId, targetId })),
      [run],
    ),
    split: useCallback((p: Params<'splitCode'>) => run(msg.codebook.failed.split, () => call('splitCode', p)), [run]),
    remove: useCallback(
      async (codeId: CodeId) => {
        const done = await run(msg.codebook.failed.delete, () => call('deleteCode', { codeId }));
        selectCode(null);
        return done;
      },
      [run, selectCode],
    ),
  };
}
