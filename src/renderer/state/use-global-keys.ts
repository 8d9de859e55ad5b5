import { useEffect } from 'react';
import type { Workspace } from './workspace';

const typing = (t: EventTarget | null) =>
  t instanceof HTMLElement && (t.isContentEditable || t.tagName === 'INPUT' || t.tagName === 'TEXTAREA');

/** App-wide keys: search (Ctrl/Cmd+Shift+F, or the menu's "find") and the shortcuts list (? or F1). */
export function useGlobalKeys(ws: Workspace): void {
  const { showPanel, setShortcutsOpen } = ws;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.shiftKey && e.key.toLowerCase() === 'f') showPanel('search');
      else if (e.key === 'F1' || (e.key === '?' && !typing(e.target))) setShortcutsOpen(true);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    const off = window.gioia.onEvent((event) => {
      if (event.type === 'menu' && event.command === 'find') showPanel('search');
    });
    return () => {
      window.removeEventListener('keydown', onKey);
      off();
    };
  }, [showPanel, setShortcutsOpen]);
}
