import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { RefiFormat } from '../../../shared/features/exchange-types';
import { call } from '../../lib/api';
import { download } from '../../lib/download';
import { useWorkspace } from '../../state/workspace';
import './exchange.css';
import { errorMessage } from '../../../core/result';

interface Item {
  readonly label: string;
  readonly run: () => void | Promise<void>;
}

/**
 * "Export ▾" in the title bar: REFI-QDA project and codebook as browser downloads (the same path in
 * Electron and `gioia serve`), plus a shortcut to the data-structure view and its figure exports.
 * A button menu: arrows move, Home/End jump, Escape closes and returns focus to the button.
 */
export function ExchangeMenu({ onShowStructure }: { onShowStructure: () => void }) {
  const { flash } = useWorkspace();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const items = useRef<Array<HTMLButtonElement | null>>([]);

  const exportRefi = async (format: RefiFormat) => {
    setBusy(true);
    setError(null);
    try {
      const file = await call('exportRefiData', { format });
      download(file);
      flash(`Exported ${file.fileName}`);
    } catch (e) {
      setError(`Could not export the REFI-QDA ${format === 'qdpx' ? 'project' : 'codebook'}: ${errorMessage(e)}`);
    } finally {
      setBusy(false);
    }
  };

  const menu: readonly Item[] = [
    { label: 'REFI-QDA project (.qdpx)', run: () => exportRefi('qdpx') },
    { label: 'REFI-QDA codebook (.qdc)', run: () => exportRefi('qdc') },
    { label: 'Data structure figure…', run: onShowStructure },
  ];

  useEffect(() => {
    if (!open) return;
    items.current[0]?.focus();
    const close = (e: MouseEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);

  const choose = (item: Item) => {
    setOpen(false);
    button.current?.focus();
    void item.run();
  };

  const onMenuKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const list = items.current.filter((b): b is HTMLButtonElement => b !== null);
    const at = list.indexOf(document.activeElement as HTMLButtonElement);
    const focus = (i: number) => list[(i + list.length) % list.length]?.focus();
    if (e.key === 'ArrowDown') focus(at + 1);
    else if (e.key === 'ArrowUp') focus(at - 1);
    else if (e.key === 'Home') focus(0);
    else if (e.key === 'End') focus(list.length - 1);
    else if (e.key === 'Escape' || e.key === 'Tab') {
      setOpen(false);
      if (e.key === 'Escape') button.current?.focus();
      if (e.key === 'Tab') return;
    } else return;
    e.preventDefault();
    e.stopPropagation();
  };

  return (
    <div className="exchange-menu" ref={root}>
      <button
        ref={button}
        type="button"
        className="toolbar-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? 'exchange-menu-list' : undefined}
        disabled={busy}
        onClick={() => setOpen(!open)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && !open) {
            e.preventDefault();
            setOpen(true);
          }
        }}
      >
        Export ▾
      </button>
      {open && (
        <div id="exchange-menu-list" role="menu" aria-label="Export" className="exchange-menu-list" onKeyDown={onMenuKey}>
          {menu.map((item, i) => (
            <button
              key={item.label}
              ref={(el) => {
                items.current[i] = el;
              }}
              type="button"
              role="menuitem"
              tabIndex={-1}
              onClick={() => choose(item)}
            >
              {item.label}
            </button>
          ))}
        </div>
      )}
      {error !== null && (
        <div className="exchange-error" role="alert">
          <span>{error}</span>
          <button type="button" aria-label="Dismiss export error" onClick={() => setError(null)}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
