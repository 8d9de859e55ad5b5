import { useState } from 'react';
import type { CoderId } from '../../../core/ids';
import type { CoderRow } from '../../../shared/types';
import { errorMessage } from '../../../core/result';
import { call } from '../../lib/api';
import { useWorkspace } from '../../state/workspace';

interface Props {
  readonly coders: readonly CoderRow[];
  readonly activeCoderId: CoderId | null;
}

/** The active coder (whose name new codings carry) and the coder filter, as a status-bar menu. */
export function CoderSwitch({ coders, activeCoderId }: Props) {
  const ws = useWorkspace();
  const [open, setOpen] = useState(false);
  const [naming, setNaming] = useState<string | null>(null);
  const active = coders.find((c) => c.id === activeCoderId);

  const activate = async (id: CoderId) => {
    setOpen(false);
    try {
      const coder = await call('setActiveCoder', { coderId: id });
      ws.flash(`Coding as ${coder.name}`);
    } catch (e) {
      ws.flash(errorMessage(e));
    }
  };
  const create = async (name: string) => {
    setNaming(null);
    setOpen(false);
    try {
      const coder = await call('createCoder', { name });
      await call('setActiveCoder', { coderId: coder.id });
      ws.flash(`Coding as ${coder.name}`);
    } catch (e) {
      ws.flash(errorMessage(e));
    }
  };

  return (
    <span className="status-item coder-switch">
      <button type="button" className="status-button" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        Coder: {active?.name ?? 'none'}
        {ws.coderFilter !== 'all' && ' · filtered'}
      </button>
      {open && (
        <div className="status-menu" role="menu" aria-label="Coders">
          {coders.map((c) => (
            <button key={c.id} type="button" role="menuitemradio" aria-checked={c.id === activeCoderId} onClick={() => void activate(c.id)}>
              <span className="swatch" aria-hidden="true" style={{ backgroundColor: c.colour }} /> Code as {c.name}
            </button>
          ))}
          <hr />
          <button type="button" role="menuitemradio" aria-checked={ws.coderFilter === 'all'} onClick={() => ws.setCoderFilter('all')}>
            Show everyone’s codings
          </button>
          {coders.map((c) => (
            <button
              key={`f-${c.id}`}
              type="button"
              role="menuitemradio"
              aria-checked={ws.coderFilter === c.id}
              onClick={() => ws.setCoderFilter(c.id)}
            >
              Show only {c.name}’s codings
            </button>
          ))}
          <hr />
          {naming === null ? (
            <button type="button" role="menuitem" onClick={() => setNaming('')}>
              New coder…
            </button>
          ) : (
            <form
              onSubmit={(e) => {
                e.preventDefault();
                if (naming.trim() !== '') void create(naming.trim());
              }}
            >
              <input aria-label="New coder name" autoFocus value={naming} onChange={(e) => setNaming(e.target.value)} />
            </form>
          )}
        </div>
      )}
    </span>
  );
}
