import type { SetRow } from '../../../shared/features/sets-types';
import type { CoderRow } from '../../../shared/types';
import { ScopeChip } from '../sets/ScopeChip';
import { lensLabel } from '../../state/lens';
import { useWorkspace } from '../../state/workspace';
import { msg } from '../../messages';

/**
 * Says on a view whose codings it counts and exports ("Codings: Consensus only") and which set it is
 * narrowed to: the figure, the quotes table and the matrix a researcher exports must never be
 * ambiguous about it.
 */
export function LensChip({ coders, sets }: { coders: readonly CoderRow[]; sets: readonly SetRow[] }) {
  const { lens } = useWorkspace();
  return (
    <>
      <span className={`lens-chip${lens.kind === 'all' ? '' : ' narrowed'}`} title={msg.shell.lensChipTitle} data-lens={lens.kind}>
        {msg.shell.lensChip(lensLabel(lens, coders))}
      </span>
      <ScopeChip sets={sets} />
    </>
  );
}
