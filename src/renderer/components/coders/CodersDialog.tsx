import { useState } from 'react';
import type { CoderId } from '../../../core/ids';
import type { CoderRow } from '../../../shared/types';
import { call } from '../../lib/api';
import { useAction } from '../../lib/use-action';
import { readyValue, useQuery } from '../../lib/use-api-query';
import { useWorkspace } from '../../state/workspace';
import { ColourPalette } from '../codebook/ColourPalette';
import { ErrorText } from '../ui/ErrorText';
import { ModalDialog } from '../ui/ModalDialog';
import { msg } from '../../messages';

interface Props {
  readonly coders: readonly CoderRow[];
  readonly activeCoderId: CoderId | null;
  readonly onClose: () => void;
}

/** One coder's name, committed on Enter or leaving the field (Escape puts the old name back). */
function NameField({ coder, onRename }: { coder: CoderRow; onRename: (name: string) => void }) {
  const [name, setName] = useState(coder.name);
  const [base, setBase] = useState(coder.name);
  if (base !== coder.name) {
    setBase(coder.name);
    setName(coder.name);
  }
  const commit = () => {
    if (name.trim() !== '' && name.trim() !== coder.name) onRename(name.trim());
    else setName(coder.name);
  };
  return (
    <input
      aria-label={msg.coders.renameLabel(coder.name)}
      value={name}
      onChange={(e) => setName(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
        if (e.key === 'Escape' && name !== coder.name) {
          e.stopPropagation();
          setName(coder.name);
        }
      }}
    />
  );
}

/** Deleting a coder: says what it takes first, and whether their codings go with them or to someone else. */
function DeletePanel({
  coder,
  others,
  onDone,
}: {
  coder: CoderRow;
  others: readonly CoderRow[];
  onDone: (message: string | null) => void;
}) {
  const impact = useQuery(`impact:${coder.id}`, () => call('getCoderImpact', { coderId: coder.id }));
  const [heir, setHeir] = useState<string>('');
  const { run, error } = useAction();
  const value = readyValue(impact);
  const remove = () =>
    run(async () => {
      await call('deleteCoder', { coderId: coder.id, ...(heir === '' ? {} : { reassignTo: heir }) });
      onDone(msg.coders.deleted(coder.name));
    });
  return (
    <div className="coder-delete" role="group" aria-label={msg.coders.deleteLabel(coder.name)}>
      {value === null ? (
        <p className="hint">{msg.coders.counting}</p>
      ) : (
        <p>{msg.coders.impact(coder.name, value.codings, value.segments, value.documents, value.sessions)}</p>
      )}
      {value?.active === true ? (
        <p className="hint">{msg.coders.activeCannotGo}</p>
      ) : (
        <div className="dialog-actions">
          <label>
            {msg.coders.theirCodings}{' '}
            <select value={heir} onChange={(e) => setHeir(e.target.value)}>
              <option value="">{msg.coders.deleteThem}</option>
              {others.map((o) => (
                <option key={o.id} value={o.id}>
                  {msg.coders.giveTo(o.name)}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={() => onDone(null)}>
            {msg.common.cancel}
          </button>
          <button type="button" className="danger" disabled={value === null} onClick={() => void remove()}>
            {msg.coders.confirmDelete(coder.name)}
          </button>
        </div>
      )}
      {error !== null && <ErrorText message={error} />}
    </div>
  );
}

/** Every coder of the project: rename, recolour, add and delete (saying what a delete takes). */
export function CodersDialog({ coders, activeCoderId, onClose }: Props) {
  const ws = useWorkspace();
  const [palette, setPalette] = useState<{ coder: CoderRow; at: { x: number; y: number } } | null>(null);
  const [deleting, setDeleting] = useState<CoderId | null>(null);
  const [newName, setNewName] = useState('');
  const { run: attempt, error } = useAction();
  return (
    <ModalDialog title={msg.coders.title} onClose={onClose} className="coders-dialog">
      <p className="hint">{msg.coders.intro}</p>
      <table className="coders-table" aria-label={msg.coders.table}>
        <thead>
          <tr>
            <th scope="col">{msg.coders.colour}</th>
            <th scope="col">{msg.coders.name}</th>
            <th scope="col" />
            <th scope="col" />
          </tr>
        </thead>
        <tbody>
          {coders.map((c) => (
            <tr key={c.id}>
              <td>
                <button
                  type="button"
                  className="swatch-button"
                  aria-label={msg.coders.recolourLabel(c.name)}
                  style={{ background: c.colour }}
                  onClick={(e) => setPalette({ coder: c, at: { x: e.clientX, y: e.clientY } })}
                />
              </td>
              <td>
                <NameField coder={c} onRename={(name) => void attempt(() => call('updateCoder', { coderId: c.id, name }))} />
              </td>
              <td className="dim">
                {msg.coders.kind(c.kind === 'consensus')}
                {c.id === activeCoderId ? ` · ${msg.coders.active}` : ''}
              </td>
              <td>
                <button type="button" aria-label={msg.coders.deleteLabel(c.name)} onClick={() => setDeleting(c.id)}>
                  {msg.coders.delete}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {deleting !== null && (
        <DeletePanel
          key={deleting}
          coder={coders.find((c) => c.id === deleting) ?? (coders[0] as CoderRow)}
          others={coders.filter((c) => c.id !== deleting && c.kind === 'human')}
          onDone={(message) => {
            setDeleting(null);
            if (message !== null) ws.flash(message);
          }}
        />
      )}
      <form
        className="coders-add"
        onSubmit={(e) => {
          e.preventDefault();
          const name = newName.trim();
          if (name === '') return;
          void attempt(async () => {
            await call('createCoder', { name });
            setNewName('');
          });
        }}
      >
        <label className="field">
          <span>{msg.coders.add}</span>
          <input aria-label={msg.coders.addName} value={newName} onChange={(e) => setNewName(e.target.value)} />
        </label>
        <button type="submit" disabled={newName.trim() === ''}>
          {msg.coders.addButton}
        </button>
      </form>
      {error !== null && <ErrorText message={error} />}
      {palette !== null && (
        <ColourPalette
          current={palette.coder.colour}
          at={palette.at}
          onPick={(colour) => {
            const coder = palette.coder;
            setPalette(null);
            void attempt(() => call('updateCoder', { coderId: coder.id, colour }));
          }}
          onClose={() => setPalette(null)}
        />
      )}
    </ModalDialog>
  );
}
