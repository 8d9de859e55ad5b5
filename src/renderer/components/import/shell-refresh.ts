/**
 * Asks the shell to reload the project after a documents mutation. Components deep in the tree
 * (the attributes editor in the transcript header) have no prop path to the shell's `reload`; the
 * backend's generic data-changed event makes this redundant once every host emits it, and a second
 * reload is harmless.
 */
type Listener = () => void;
const listeners = new Set<Listener>();

export function onShellRefresh(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function refreshShell(): void {
  for (const listener of [...listeners]) listener();
}
