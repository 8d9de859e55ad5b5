import { useRef, useState } from 'react';
import type { Rect } from '../../../core/structure';
import { focusOnMount } from '../ui/focus-first';

/** A name typed on the figure itself: renaming a box, or naming the group a drop is making. */
export interface FigureFieldSpec {
  readonly rect: Rect;
  readonly label: string;
  readonly placeholder?: string;
  readonly initial: string;
  /** Leaving the field keeps what was typed (a rename) or gives up (a group not yet made). */
  readonly onBlur: 'submit' | 'cancel';
  readonly onSubmit: (name: string) => void;
  readonly onCancel: () => void;
}

/** Enter takes the name, Escape gives up; an empty or unchanged name is no change. */
export function FigureField({ spec }: { spec: FigureFieldSpec }) {
  const [value, setValue] = useState(spec.initial);
  const done = useRef(false);
  const submit = () => {
    if (done.current) return;
    done.current = true;
    const name = value.trim();
    if (name === '' || name === spec.initial.trim()) spec.onCancel();
    else spec.onSubmit(name);
  };
  const cancel = () => {
    if (done.current) return;
    done.current = true;
    spec.onCancel();
  };
  return (
    <input
      ref={focusOnMount}
      className="figure-field"
      aria-label={spec.label}
      placeholder={spec.placeholder}
      value={value}
      style={{ left: spec.rect.x, top: spec.rect.y, width: spec.rect.w, height: spec.rect.h }}
      onChange={(e) => setValue(e.target.value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          submit();
        } else if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          cancel();
        }
      }}
      onBlur={() => (spec.onBlur === 'submit' ? submit() : cancel())}
    />
  );
}
