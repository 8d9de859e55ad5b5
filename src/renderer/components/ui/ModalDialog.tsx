import { useEffect, useId, useLayoutEffect, useRef, type ReactNode } from 'react';
import { focusFirst } from './focus-first';

interface Props {
  /** The heading, which also names the dialog for assistive tech. */
  readonly title: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
  readonly className?: string;
  /**
   * While true the dialog holds the focus itself; when its content has loaded, the focus moves in
   * as on opening, unless the user has already moved it.
   */
  readonly loading?: boolean;
}

/**
 * The one modal dialog: a native <dialog> opened with showModal(), so the focus trap, the backdrop,
 * Escape and the return of focus on close come from the platform. It focuses the element marked
 * `data-autofocus`, else its first field, else its first button. Escape calls `onClose` once; the
 * owner unmounts the dialog to close it.
 */
export function ModalDialog({ title, onClose, children, className, loading = false }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return;
    const opening = !dialog.open;
    if (opening) dialog.showModal();
    if (loading) dialog.focus();
    else if (opening || document.activeElement === dialog) focusFirst(dialog);
  }, [loading]);
  // Closing (not just removing) the dialog is what gives the focus back to where it was before;
  // a layout cleanup runs while the dialog is still in the page.
  useLayoutEffect(() => {
    const dialog = ref.current;
    return () => {
      if (dialog?.open === true) dialog.close();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className={className === undefined ? 'dialog' : `dialog ${className}`}
      aria-labelledby={titleId}
      aria-busy={loading}
      tabIndex={-1}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onClose={onClose}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}
