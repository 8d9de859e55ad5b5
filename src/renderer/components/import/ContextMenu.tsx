import { useEffect, useRef, type KeyboardEvent } from 'react';

export interface MenuItem {
  readonly label: string;
  readonly shortcut?: string;
  readonly danger?: boolean;
  readonly run: () => void;
}

interface Props {
  readonly label: string;
  readonly x: number;
  readonly y: number;
  readonly items: readonly MenuItem[];
  readonly onClose: () => void;
}

/** A small role=menu popup: arrow keys move, Enter runs, Escape or a click elsewhere closes. */
export function ContextMenu({ label, x, y, items, onClose }: Props) {
  const ref = useRef<HTMLUListElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const away = (e: MouseEvent) => {
      if (!ref.current?.contains(e.target as Node)) onClose();
    };
    window.addEventListener('mousedown', away);
    return () => window.removeEventListener('mousedown', away);
  }, [onClose]);

  function onKeyDown(e: KeyboardEvent<HTMLUListElement>) {
    const entries = Array.from(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);
    const at = entries.indexOf(document.activeElement as HTMLElement);
    if (e.key === 'Escape') onClose();
    else if (e.key === 'ArrowDown') entries[(at + 1) % entries.length]?.focus();
    else if (e.key === 'ArrowUp') entries[(at - 1 + entries.length) % entries.length]?.focus();
    else return;
    e.preventDefault();
    e.stopPropagation();
  }

  return (
    <ul ref={ref} role="menu" aria-label={label} className="context-menu" style={{ left: x, top: y }} onKeyDown={onKeyDown}>
      {items.map((item) => (
        <li
          key={item.label}
          role="menuitem"
          tabIndex={-1}
          className={item.danger ? 'danger' : undefined}
          onClick={() => {
            onClose();
            item.run();
          }}
          onKeyDown={(e) => {
            if (e.key !== 'Enter' && e.key !== ' ') return;
            e.preventDefault();
            onClose();
            item.run();
          }}
        >
          <span>{item.label}</span>
          {item.shortcut !== undefined && <kbd>{item.shortcut}</kbd>}
        </li>
      ))}
    </ul>
  );
}
