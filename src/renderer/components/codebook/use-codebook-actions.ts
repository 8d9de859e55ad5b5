import { useCallback } from 'react';
import type { CodeLevel } from '../../../core/codebook';
import type { CodeId } from '../../../core/ids';
import { callCoding, errorMessage, type CodingParams } from '../../lib/coding-api';
import { useWorkspace } from '../../state/workspace';

/** Codebook operations; each is one transaction and one undo step in the backend. */
export function useCodebookActions() {
  const { flash, selectCode } = useWorkspace();
  const run = useCallback(
    async <T>(what: string, op: () => Promise<T>): Promise<T | null> => {
      try {
        return await op();
      } catch (e) {
        flash(`Could not ${what}: ${errorMessage(e)}`);
        return null;
      }
    },
    [flash],
  );
  return {
    create: useCallback(
      async (level: CodeLevel, name: string, parentId: CodeId | null) => {
        const code = await run('create the code', () => callCoding('createCode', { level, name, parentId }));
        if (code !== null) selectCode(code.id);
        return code;
      },
      [run, selectCode],
    ),
    update: useCallback((p: CodingParams<'updateCode'>) => run('change the code', () => callCoding('updateCode', p)), [run]),
    move: useCallback((p: CodingParams<'moveCode'>) => run('move the code', () => callCoding('moveCode', p)), [run]),
    merge: useCallback(
      (sourceId: CodeId, targetId: CodeId) => run('merge the codes', () => callCoding('mergeCodes', { sourceId, targetId })),
      [run],
    ),
    split: useCallback((p: CodingParams<'splitCode'>) => run('split the code', () => callCoding('splitCode', p)), [run]),
    remove: useCallback(
      async (codeId: CodeId) => {
        const done = await run('delete the code', () => callCoding('deleteCode', { codeId }));
        selectCode(null);
        return done;
      },
      [run, selectCode],
    ),
  };
}
