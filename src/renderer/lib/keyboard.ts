import { useEffect, useEffectEvent, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { matchesShortcut, SHORTCUTS, type KeyContext, type ShortcutId, type ShortcutSpec } from '../../shared/shortcuts';
import type { MenuCommand } from '../../shared/types';

export const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** Inputs that take typed text; a focused checkbox, slider or button does not. */
const TEXT_INPUTS = new Set([
  'text',
  'search',
  'email',
  'url',
  'tel',
  'password',
  'number',
  'date',
  'time',
  'datetime-local',
  'month',
  'week',
]);

/**
 * Whether the user is typing text, so plain-letter shortcuts and project undo keep out of the way:
 * a text field, a text area or rich text (the memo editor). A select list is not typing; nor is a
 * checkbox.
 */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && TEXT_INPUTS.has(target.type);
}

/** The context a shortcut is matched in, for a DOM or React keyboard event. */
export function keyContext(e: KeyboardEvent | ReactKeyboardEvent, selection = false): KeyContext {
  return { mac: IS_MAC, typing: isTyping(e.target), selection };
}

type Handlers = Partial<Record<ShortcutId, () => void>>;

/**
 * Binds shortcuts of the registry on the window while the component is mounted, and the desktop
 * menu's command of the same name (in Electron the menu owns those keys and sends the command
 * instead, so each gesture arrives once). `selection` says whether text is selected in the
 * transcript, for the plain-letter variants.
 */
export function useShortcuts(handlers: Handlers, selection?: () => boolean): void {
  const onKey = useEffectEvent((e: KeyboardEvent) => {
    // The desktop menu owns the keys of its own entries and sends their commands instead.
    const ids = (Object.keys(handlers) as ShortcutId[]).filter((id) => !(SHORTCUTS[id] as ShortcutSpec).desktopOnly);
    const usesSelection = ids.some((id) => 'withSelection' in SHORTCUTS[id]);
    const context = keyContext(e, usesSelection && (selection?.() ?? false));
    const id = ids.find((i) => matchesShortcut(i, e, context));
    if (id === undefined) return;
    e.preventDefault();
    handlers[id]?.();
  });
  const onCommand = useEffectEvent((command: MenuCommand) => {
    if (Object.hasOwn(handlers, command)) handlers[command as ShortcutId]?.();
  });
  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKey(e);
    window.addEventListener('keydown', listener);
    const off = window.gioia.onEvent((event) => {
      if (event.type === 'menu') onCommand(event.command);
    });
    return () => {
      window.removeEventListener('keydown', listener);
      off();
    };
  }, []);
}
