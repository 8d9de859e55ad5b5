import { useEffect, useEffectEvent, useLayoutEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import { formatKeys, keysOf, type ShortcutId } from '../../../shared/shortcuts';
import { IS_MAC } from '../../lib/keyboard';
import { placeElement, type Placement, type Point } from '../../lib/place-popup';
import { TYPE_AHEAD_RESET_MS, typeAheadIndex } from '../../lib/type-ahead';
import './ui.css';

export interface MenuItem {
  readonly label: string;
  readonly run: () => void;
  /** The registry shortcut that does the same, shown at the right ("F2"); it is bound where the action lives. */
  readonly shortcut?: ShortcutId;
  readonly danger?: boolean;
  readonly disabled?: boolean;
  /** Makes the item a radio item (menuitemradio), checked or not. */
  readonly checked?: boolean;
  /** A colour swatch before the label (codes, coders). */
  readonly swatch?: string;
  /** Starts a new group: a separator is drawn above the item. */
  readonly groupStart?: boolean;
}

interface Props {
  /** The menu's accessible name. */
  readonly label: string;
  readonly items: readonly MenuItem[];
  readonly onClose: () => void;
  /** Where it opens: a point (context menus) or under/over an element (menu buttons). */
  readonly at?: Point;
  readonly anchor?: RefObject<HTMLElement | null>;
  readonly placement?: Placement;
  /** Which item takes the focus: the first, or the last (opened with ArrowUp). */
  readonly initial?: 'first' | 'last';
  readonly id?: string;
}

/**
 * The one popup menu (WAI-ARIA menu pattern): arrows move and wrap, Home/End jump, typing a letter
 * or a word moves to the item it starts, Enter or Space runs the item, Escape closes; Tab or a click
 * elsewhere closes too. Focus goes back to where it was (the menu's button, the tree, the list) when
 * the menu closes from the keyboard or runs an item, so an action that opens a dialog returns there.
 */
export function Menu({ label, items, onClose, at, anchor, placement, initial = 'first', id }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  const typed = useRef({ word: '', at: 0 });

  useLayoutEffect(() => {
    const el = ref.current;
    if (el === null) return;
    const box = anchor?.current?.getBoundingClientRect();
    const side = placement?.side ?? 'below';
    const point =
      box === undefined
        ? (at ?? { x: 0, y: 0 })
        : { x: placement?.align === 'start' ? box.left : box.right, y: side === 'above' ? box.top - 4 : box.bottom + 4 };
    placeElement(el, point, { align: box === undefined ? 'start' : 'end', side, ...placement });
  }, [at, anchor, placement]);

  const open = useEffectEvent(() => {
    returnTo.current = anchor?.current ?? (document.activeElement instanceof HTMLElement ? document.activeElement : null);
    const entries = enabledItems(ref.current);
    (initial === 'last' ? entries[entries.length - 1] : entries[0])?.focus();
  });
  const away = useEffectEvent((e: MouseEvent) => {
    const t = e.target as Node;
    if (!ref.current?.contains(t) && !anchor?.current?.contains(t)) onClose();
  });
  useEffect(() => {
    open();
    const onDown = (e: MouseEvent) => away(e);
    window.addEventListener('mousedown', onDown);
    return () => window.removeEventListener('mousedown', onDown);
  }, []);

  const close = (refocus: boolean) => {
    if (refocus && returnTo.current?.isConnected) returnTo.current.focus();
    onClose();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const entries = enabledItems(ref.current);
    const at = entries.indexOf(document.activeElement as HTMLButtonElement);
    const focus = (i: number) => entries[(i + entries.length) % entries.length]?.focus();
    if (e.key === 'ArrowDown') focus(at + 1);
    else if (e.key === 'ArrowUp') focus(at < 0 ? -1 : at - 1);
    else if (e.key === 'Home') focus(0);
    else if (e.key === 'End') focus(entries.length - 1);
    else if (e.key === 'Escape') close(true);
    else if (e.key === 'Tab') {
      // Focus goes back first, so Tab moves on from where the menu was opened.
      close(true);
      return;
    } else if (e.key.length === 1 && e.key !== ' ' && !e.ctrlKey && !e.metaKey && !e.altKey) {
      const now = e.timeStamp;
      const word = now - typed.current.at > TYPE_AHEAD_RESET_MS ? e.key : typed.current.word + e.key;
      typed.current = { word, at: now };
      const next = typeAheadIndex(
        entries.map((b) => b.dataset['label'] ?? ''),
        at,
        word,
      );
      if (next >= 0) focus(next);
    } else return;
    e.preventDefault();
    e.stopPropagation();
  };

  return (
    <div ref={ref} id={id} role="menu" aria-label={label} tabIndex={-1} className="menu" onKeyDown={onKeyDown}>
      {items.map((item) => (
        <MenuEntry
          key={item.label}
          item={item}
          onRun={() => {
            close(true);
            item.run();
          }}
        />
      ))}
    </div>
  );
}

function MenuEntry({ item, onRun }: { item: MenuItem; onRun: () => void }) {
  return (
    <>
      {item.groupStart === true && <div role="separator" className="menu-separator" />}
      <button
        type="button"
        role={item.checked === undefined ? 'menuitem' : 'menuitemradio'}
        aria-checked={item.checked}
        tabIndex={-1}
        disabled={item.disabled}
        data-label={item.label}
        className={item.danger === true ? 'menu-item danger' : 'menu-item'}
        onClick={onRun}
      >
        {item.swatch !== undefined && <span className="swatch" aria-hidden="true" style={{ backgroundColor: item.swatch }} />}
        <span className="menu-label">{item.label}</span>
        {item.shortcut !== undefined && <kbd className="menu-shortcut">{formatKeys(keysOf(item.shortcut, IS_MAC)[0] ?? '', IS_MAC)}</kbd>}
      </button>
    </>
  );
}

function enabledItems(menu: HTMLElement | null): HTMLButtonElement[] {
  return Array.from(menu?.querySelectorAll<HTMLButtonElement>('.menu-item:not(:disabled)') ?? []);
}
