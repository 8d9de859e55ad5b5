import { Popover } from '../ui/Popover';
import { msg } from '../../messages';

/** Distinct, print-safe code colours (Okabe–Ito plus muted companions), readable in both themes. */
const PALETTE = [
  '#e69f00',
  '#56b4e9',
  '#009e73',
  '#f0e442',
  '#0072b2',
  '#d55e00',
  '#cc79a7',
  '#7f7f7f',
  '#8c6bb1',
  '#41ab5d',
  '#c44e52',
  '#4c72b0',
];

export function ColourPalette({
  current,
  at,
  onPick,
  onClose,
}: {
  current: string;
  at: { x: number; y: number };
  onPick: (c: string) => void;
  onClose: () => void;
}) {
  return (
    <Popover label={msg.codebook.colour} at={at} onClose={onClose} className="palette">
      {PALETTE.map((c) => (
        <button
          key={c}
          type="button"
          aria-label={c}
          aria-pressed={c.toLowerCase() === current.toLowerCase()}
          className="palette-swatch"
          style={{ backgroundColor: c }}
          onClick={() => onPick(c)}
        />
      ))}
    </Popover>
  );
}
