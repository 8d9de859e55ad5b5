import { useId, useRef, useState, type ReactNode } from 'react';
import type { Placement } from '../../lib/place-popup';
import { Menu, type MenuItem } from './Menu';

interface Props {
  /** The menu's accessible name ("Export"). */
  readonly label: string;
  /** What the button shows ("Export ▾"). */
  readonly children: ReactNode;
  readonly items: readonly MenuItem[];
  readonly className?: string;
  readonly disabled?: boolean;
  readonly title?: string;
  /** Default: below the button, right edges aligned; the status bar's menus open above. */
  readonly placement?: Placement;
}

/**
 * A button that opens a `Menu` under it: click, Enter, Space or ArrowDown open it on the first item,
 * ArrowUp on the last; the menu returns the focus to the button when it closes.
 */
export function MenuButton({ label, children, items, className = 'toolbar-button', disabled, title, placement }: Props) {
  const [open, setOpen] = useState<'first' | 'last' | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const id = useId();
  return (
    <>
      <button
        ref={button}
        type="button"
        className={className}
        aria-haspopup="menu"
        aria-expanded={open !== null}
        aria-controls={open === null ? undefined : id}
        disabled={disabled}
        title={title}
        onClick={() => setOpen(open === null ? 'first' : null)}
        onKeyDown={(e) => {
          if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
          e.preventDefault();
          setOpen(e.key === 'ArrowDown' ? 'first' : 'last');
        }}
      >
        {children}
      </button>
      {open !== null && (
        <Menu id={id} label={label} items={items} anchor={button} placement={placement} initial={open} onClose={() => setOpen(null)} />
      )}
    </>
  );
}
