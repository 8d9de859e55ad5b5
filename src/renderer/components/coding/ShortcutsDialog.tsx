import { ModalDialog } from '../ui/ModalDialog';

const MOD = /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl';

/** Every shortcut in one place; opened with ? or F1. */
export const SHORTCUTS: ReadonlyArray<readonly [string, string]> = [
  ['Select text', 'Open the code picker at the selection (type to filter, Enter applies, Esc closes)'],
  [`${MOD}+Shift+I, or I with a selection`, 'In-vivo: a new concept named by the selected words'],
  [`${MOD}+Shift+L, or L with a selection`, 'Apply the last code again'],
  ['Alt+↓ / Alt+↑', 'Next / previous coded segment'],
  ['Alt+Shift+← / →', 'Move the selected segment’s end by a word'],
  ['Alt+Shift+↑ / ↓', 'Move the selected segment’s start by a word'],
  [`${MOD}+Shift+F`, 'Search all transcripts'],
  [`${MOD}+Z`, 'Undo the last coding or codebook change'],
  [`${MOD}+Shift+Z or ${MOD}+Y`, 'Redo'],
  ['F2 / Delete (codebook)', 'Rename / delete the focused code'],
  ['Shift+F10 (codebook)', 'Code actions menu: recolour, merge, split…'],
  [`${MOD}+1 … 5`, 'Switch views (transcript, structure, matrix, compare, memos)'],
  ['? or F1', 'This list'],
];

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  return (
    <ModalDialog title="Keyboard shortcuts" onClose={onClose}>
      <table className="shortcuts">
        <tbody>
          {SHORTCUTS.map(([keys, what]) => (
            <tr key={keys}>
              <th scope="row">
                <kbd>{keys}</kbd>
              </th>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onClose}>
          Close
        </button>
      </div>
    </ModalDialog>
  );
}
