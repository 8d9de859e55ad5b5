import { useShortcuts } from '../../lib/keyboard';

export interface TranscriptKeyActions {
  readonly inVivo: () => void;
  readonly applyLast: () => void;
  readonly step: (direction: 1 | -1) => void;
  readonly nudge: (edge: 'start' | 'end', direction: 1 | -1) => void;
  /** True while there is a selection or pending range the plain-letter keys apply to. */
  readonly hasSelection: () => boolean;
}

/**
 * The transcript's shortcuts from the registry: in-vivo, apply the last code, next/previous coded
 * segment and moving the selected segment's edges by a word. The desktop menu may send "in-vivo"
 * as a command instead of the key.
 */
export function useTranscriptKeys(a: TranscriptKeyActions): void {
  useShortcuts(
    {
      'in-vivo': a.inVivo,
      'apply-last': a.applyLast,
      'next-segment': () => a.step(1),
      'previous-segment': () => a.step(-1),
      'segment-end-later': () => a.nudge('end', 1),
      'segment-end-earlier': () => a.nudge('end', -1),
      'segment-start-later': () => a.nudge('start', 1),
      'segment-start-earlier': () => a.nudge('start', -1),
    },
    a.hasSelection,
  );
}
