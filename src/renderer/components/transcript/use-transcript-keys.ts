import { useEffect, useEffectEvent } from 'react';

export interface TranscriptKeyActions {
  readonly inVivo: () => void;
  readonly applyLast: () => void;
  readonly step: (direction: 1 | -1) => void;
  readonly nudge: (edge: 'start' | 'end', direction: 1 | -1) => void;
  /** True while there is a selection or pending range the plain-letter keys apply to. */
  readonly hasSelection: () => boolean;
}

const typing = (t: EventTarget | null) =>
  t instanceof HTMLElement && (t.isContentEditable || t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT');

/**
 * The transcript's keys (documented in the shortcuts dialog): in-vivo Ctrl/Cmd+Shift+I or I with a
 * selection, apply last code Ctrl/Cmd+Shift+L or L with a selection, next/previous segment Alt+↓/↑,
 * and Alt+Shift+arrows to move the selected segment's end (←/→) or start (↑/↓). The Electron menu
 * sends "in-vivo" as an event instead of the key.
 */
export function useTranscriptKeys(actions: TranscriptKeyActions): void {
  const onKey = useEffectEvent((e: KeyboardEvent) => {
    const a = actions;
    const mod = e.ctrlKey || e.metaKey;
    const key = e.key.toLowerCase();
    const plain = !mod && !e.altKey && !e.shiftKey && !typing(e.target) && a.hasSelection();
    if ((mod && e.shiftKey && key === 'i') || (plain && key === 'i')) a.inVivo();
    else if ((mod && e.shiftKey && key === 'l') || (plain && key === 'l')) a.applyLast();
    else if (e.altKey && e.shiftKey && !mod && e.key.startsWith('Arrow')) {
      if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') a.nudge('end', e.key === 'ArrowRight' ? 1 : -1);
      else a.nudge('start', e.key === 'ArrowDown' ? 1 : -1);
    } else if (e.altKey && !e.shiftKey && !mod && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) a.step(e.key === 'ArrowDown' ? 1 : -1);
    else return;
    e.preventDefault();
  });
  const inVivo = useEffectEvent(() => actions.inVivo());
  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKey(e);
    window.addEventListener('keydown', listener);
    const off = window.gioia.onEvent((event) => {
      if (event.type === 'menu' && event.command === 'in-vivo') inVivo();
    });
    return () => {
      window.removeEventListener('keydown', listener);
      off();
    };
  }, []);
}
