import { baseName } from '../lib/format';
import { msg } from '../messages';

/**
 * Shown while the open project cannot be written (a read-only disk or folder, a locked share):
 * says what still works and how to get a writable copy, instead of letting every edit fail.
 */
export function ReadOnlyBanner({ path }: { readonly path: string }) {
  return (
    <div className="read-only-banner" role="note" aria-label={msg.shell.readOnly}>
      <strong>{msg.shell.readOnlyTitle}</strong>
      {msg.shell.readOnlyBody(baseName(path))}
    </div>
  );
}
