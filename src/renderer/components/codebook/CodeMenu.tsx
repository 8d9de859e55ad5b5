import { useEffect, useRef } from 'react';

export interface MenuItem {
  readonly label: string;
  readonly shortcut?: string;
  readonly danger?: boolean;
  readonly run: () => void;
}

/** A context menu with the WAI-ARIA menu keyboard: arrows move, Enter runs, Esc closes. */
export function CodeMenu({
  items,
  at,
  label,
  onClose,
}: {
  items: readonly MenuItem[];
  at: { x: number; y: number };
  label: string;
  onClose: () => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
    const away = (e: MouseEvent) => {
      if (!ref.current?.contains(e.target as Node)) onClose();
    };
    window.addEventListener('mousedown', away);
    return () => window.removeEventListener('mousedown', away);
  }, [onClose]);
  return (
    <div
      ref={ref}
      className="popover context-menu"
      role="menu"
      aria-label={label}
      style={{ left: Math.min(at.x, window.innerWidth - 230), top: Math.min(at.y, window.innerHeight - items.length * 28 - 12) }}
      onKeyDown={(e) => {
        const buttons = Array.from(ref.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? []);
        const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
        if (e.key === 'Escape') onClose();
        else if (e.key === 'ArrowDown') buttons[(i + 1) % buttons.length]?.focus();
        else if (e.key === 'ArrowUp') buttons[(i - 1 + buttons.length) % buttons.length]?.focus();
        else return;
        e.preventDefault();
        e.stopPropagation();
      }}
    >
      {items.map((item) => (
        <button
          key={item.label}
          type="button"
          role="menuitem"
          className={item.danger === true ? 'danger' : undefined}
          onClick={() => {
            onClose();
            item.run();
          }}
        >
          <span>{item.label}</span>
          {item.shortcut !== undefined && <kbd className="hint">{item.shortcut}</kbd>}
        </button>
      ))}
    </div>
  );
}
