import type { SetRow } from '../../../shared/features/sets-types';
import { narrowsToSet, scopeNames } from '../../state/lens';
import { useWorkspace } from '../../state/workspace';
import { msg } from '../../messages';
import './sets.css';

/** Says which set every view is narrowed to ("Set: Wave 1 ×"); clicking it shows everything again. */
export function ScopeChip({ sets }: { sets: readonly SetRow[] }) {
  const ws = useWorkspace();
  if (!narrowsToSet(ws.lens)) return null;
  const names = scopeNames(ws.lens, sets);
  return (
    <button
      type="button"
      className="scope-chip"
      title={msg.sets.scopeChipTitle}
      aria-label={msg.sets.clearScope(names)}
      onClick={() => ws.setScope({})}
    >
      {msg.sets.scopeChip(names)} ×
    </button>
  );
}
