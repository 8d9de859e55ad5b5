import { baseName } from '../lib/format';

/**
 * Shown while the open project cannot be written (a read-only disk or folder, a locked share):
 * says what still works and how to get a writable copy, instead of letting every edit fail.
 */
export function ReadOnlyBanner({ path }: { readonly path: string }) {
  return (
    <div className="read-only-banner" role="note" aria-label="Read-only project">
      <strong>Read-only.</strong> “{baseName(path)}” or its folder cannot be written. You can view, search and export it; changes are turned
      off. To work on it, copy it to a folder you can write to and open the copy.
    </div>
  );
}
