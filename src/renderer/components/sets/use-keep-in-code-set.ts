import { useCallback } from 'react';
import type { CodeId } from '../../../core/ids';
import { errorMessage } from '../../../core/result';
import { call } from '../../lib/api';
import { useWorkspace } from '../../state/workspace';
import { msg } from '../../messages';

/**
 * A code made while a code set narrows the views joins that set: otherwise it would vanish from the
 * codebook, the figure and the transcript's stripes the moment it is made. The status bar says so,
 * and undo takes it out of the set again.
 */
export function useKeepInCodeSet() {
  const { lens, flash } = useWorkspace();
  const setId = lens.codeSetId;
  return useCallback(
    async (codes: readonly { readonly id: CodeId; readonly name: string }[]) => {
      if (setId === undefined || codes.length === 0) return;
      try {
        const set = await call('changeSetMembers', { setId, kind: 'code', add: codes.map((c) => c.id) });
        flash(msg.sets.joinedCodeSet(codes.map((c) => c.name).join(', '), set.name));
      } catch (e) {
        flash(msg.common.couldNot(msg.sets.failed.joinCodeSet, errorMessage(e)));
      }
    },
    [setId, flash],
  );
}
