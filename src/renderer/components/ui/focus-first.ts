/**
 * What a dialog or popover focuses when it opens: the element marked `data-autofocus` (a dialog
 * whose safe answer is Cancel marks Cancel), else its first field, else its first button — a desktop
 * user expects to type into a dialog at once, and Escape or Enter to answer it.
 */
export function focusFirst(container: HTMLElement | null): void {
  const target =
    container?.querySelector<HTMLElement>('[data-autofocus]') ??
    container?.querySelector<HTMLElement>('input:not([type="hidden"]):not(:disabled), select:not(:disabled), textarea:not(:disabled)') ??
    container?.querySelector<HTMLElement>('button:not(:disabled), [tabindex="0"]');
  target?.focus();
}

/**
 * A ref callback that focuses a field the moment it appears, for fields shown only in answer to
 * the user's own gesture (F2 renames, "+ Attribute", a new code's name). It stands in for React's
 * `autoFocus`, which does the same on mount; jsx-a11y forbids that prop because focus that jumps
 * when a page loads disorients screen-reader users, and these fields never appear on their own.
 */
export function focusOnMount(el: HTMLElement | null): void {
  el?.focus();
}
