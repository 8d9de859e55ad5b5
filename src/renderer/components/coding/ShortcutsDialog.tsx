import { Fragment } from 'react';
import {
  formatKeys,
  keysOf,
  SHORTCUT_SCOPES,
  SHORTCUTS,
  type ShortcutId,
  type ShortcutScope,
  type ShortcutSpec,
} from '../../../shared/shortcuts';
import type { Platform } from '../../../shared/types';
import { IS_MAC } from '../../lib/keyboard';
import { ModalDialog } from '../ui/ModalDialog';
import { msg } from '../../messages';

/** The registry's shortcuts for this host, grouped by where they work (desktop-menu keys only in the desktop app). */
function shortcutRows(
  platform: Platform,
  mac: boolean,
): Array<{ scope: ShortcutScope; rows: Array<{ id: ShortcutId; keys: Array<{ kbd: string; note?: string }>; label: string }> }> {
  const entries = Object.entries(SHORTCUTS) as Array<[ShortcutId, ShortcutSpec]>;
  return (Object.keys(SHORTCUT_SCOPES) as ShortcutScope[]).map((scope) => ({
    scope,
    rows: entries
      .filter(([, s]) => s.scope === scope && (s.desktopOnly !== true || platform === 'electron'))
      .map(([id, s]) => ({
        id,
        keys: [
          ...keysOf(id, mac).map((k) => ({ kbd: formatKeys(k, mac) })),
          ...(s.withSelection === undefined ? [] : [{ kbd: s.withSelection, note: msg.shell.withSelection }]),
        ],
        label: s.label,
      })),
  }));
}

/** Every shortcut of the registry (shared/shortcuts.ts), opened with ? or F1; nothing here is listed by hand. */
export function ShortcutsDialog({ platform, onClose }: { platform: Platform; onClose: () => void }) {
  return (
    <ModalDialog title={msg.shell.shortcutsTitle} onClose={onClose} className="shortcuts-dialog">
      <table className="shortcuts">
        {shortcutRows(platform, IS_MAC).map(({ scope, rows }) => (
          <tbody key={scope}>
            <tr>
              <th colSpan={2} scope="colgroup" className="shortcuts-scope">
                {SHORTCUT_SCOPES[scope]}
              </th>
            </tr>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">
                  {row.keys.map((k, i) => (
                    <Fragment key={k.kbd}>
                      {i > 0 && <span className="shortcuts-or"> {msg.shell.shortcutOr} </span>}
                      <kbd>{k.kbd}</kbd>
                      {k.note !== undefined && <span className="shortcuts-or"> {k.note}</span>}
                    </Fragment>
                  ))}
                </th>
                <td>{row.label}</td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onClose}>
          {msg.common.close}
        </button>
      </div>
    </ModalDialog>
  );
}
