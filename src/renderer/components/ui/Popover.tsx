import { useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';
import { placeElement, type Point } from '../../lib/place-popup';
import { focusFirst } from './focus-first';
import './ui.css';

interface Props {
  /** Names the popover for assistive tech ("Code the selection"). */
  readonly label: string;
  /** Top left corner, in viewport coordinates; the popover is moved in from the window's edges. */
  readonly at: Point;
  readonly onClose: () => void;
  readonly className?: string;
  readonly children: ReactNode;
}

/**
 * The one non-modal popover (the code picker, a segment's codes, the colour palette): a native
 * <dialog> shown without a backdrop beside what it acts on. It focuses like `ModalDialog`
 * (`data-autofocus`, else the first field, else the first button), Escape closes it, and the focus
 * returns to where it was.
 */
export function Popover({ label, at, onClose, className, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (el === null) return;
    placeElement(el, at, {});
    // It grows (a memo opened inside it), so it is placed again to stay whole inside the window.
    const observer = new ResizeObserver(() => placeElement(el, at, {}));
    observer.observe(el);
    return () => observer.disconnect();
  }, [at]);
  useEffect(() => focusFirst(ref.current), []);
  // Closing gives the focus back to where it was (the transcript, a stripe, the codebook), as a
  // dialog does; a layout cleanup runs while the focus is still inside.
  useLayoutEffect(() => {
    const before = document.activeElement;
    const popover = ref.current;
    return () => {
      if (before instanceof HTMLElement && before.isConnected && popover?.contains(document.activeElement) === true) {
        before.focus({ preventScroll: true });
      }
    };
  }, []);
  return (
    <dialog
      ref={ref}
      open
      aria-label={label}
      className={className === undefined ? 'popover' : `popover ${className}`}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        e.stopPropagation();
        onClose();
      }}
    >
      {children}
    </dialog>
  );
}
