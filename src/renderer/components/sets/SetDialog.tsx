import { useMemo, useState } from 'react';
import type { SetRow } from '../../../shared/features/sets-types';
import type { DocumentSummary } from '../../../shared/types';
import { shortcutText } from '../../../shared/shortcuts';
import { call } from '../../lib/api';
import { IS_MAC } from '../../lib/keyboard';
import { useAction } from '../../lib/use-action';
import { readyValue, useApiQuery } from '../../lib/use-api-query';
import { useWorkspace } from '../../state/workspace';
import { codeItems } from './code-items';
import { MemberChecklist, tickedMembers } from './MemberChecklist';
import { NamedItemDialog } from './NamedItemDialog';
import { msg } from '../../messages';

interface Props {
  /** The set to edit, or null for a new one. */
  readonly set: SetRow | null;
  readonly documents: readonly DocumentSummary[];
  readonly onClose: () => void;
}

/** Creates or edits a set (its name, description, documents and codes) in one undoable step; deleting it is undoable too. */
export function SetDialog({ set, documents, onClose }: Props) {
  const ws = useWorkspace();
  const [name, setName] = useState(set?.name ?? '');
  const [description, setDescription] = useState(set?.description ?? '');
  const [documentIds, setDocumentIds] = useState<ReadonlySet<string>>(() => new Set(set?.documentIds ?? []));
  const [codeIds, setCodeIds] = useState<ReadonlySet<string>>(() => new Set(set?.codeIds ?? []));
  const action = useAction();
  // Every code, whatever the workspace is narrowed to: a set is made from the whole codebook.
  const codesQuery = useApiQuery('listCodes', {});
  const codes = readyValue(codesQuery);
  const codeList = useMemo(() => (codes === null ? [] : codeItems(codes)), [codes]);
  const documentList = useMemo(() => documents.map((d) => ({ id: d.id, label: d.name })), [documents]);

  const save = () =>
    action.run(async () => {
      if (set === null) {
        const made = await call('createSet', {
          name: name.trim(),
          description,
          documentIds: tickedMembers([], documentIds, documentList),
          codeIds: tickedMembers([], codeIds, codeList),
        });
        ws.flash(msg.sets.created(made.name));
      } else {
        await call('updateSet', {
          setId: set.id,
          name: name.trim(),
          description,
          documentIds: tickedMembers(set.documentIds, documentIds, documentList),
          codeIds: tickedMembers(set.codeIds, codeIds, codeList),
        });
        ws.flash(msg.sets.saved(name.trim()));
      }
      onClose();
    });

  const remove = () =>
    action.run(async () => {
      if (set === null) return;
      await call('deleteSet', { setId: set.id });
      ws.flash(msg.sets.deleted(set.name, shortcutText('undo', IS_MAC)));
      onClose();
    });

  return (
    <NamedItemDialog
      title={set === null ? msg.sets.newSetTitle : msg.sets.editSetTitle(set.name)}
      nameLabel={msg.sets.setName}
      name={name}
      onName={setName}
      exists={set !== null}
      deleteLabel={msg.sets.deleteSet}
      action={action}
      onSave={() => void save()}
      onDelete={() => void remove()}
      onClose={onClose}
    >
      <label className="field">
        <span>{msg.sets.description}</span>
        <textarea rows={2} value={description} onChange={(e) => setDescription(e.target.value)} />
      </label>
      <div className="member-columns">
        <MemberChecklist legend={msg.sets.documentsLegend} items={documentList} chosen={documentIds} onChange={setDocumentIds} />
        {codes === null ? (
          <p className="muted">{codesQuery.status === 'failed' ? codesQuery.message : msg.sets.loadingCodes}</p>
        ) : (
          <MemberChecklist legend={msg.sets.codesLegend} items={codeList} chosen={codeIds} onChange={setCodeIds} />
        )}
      </div>
    </NamedItemDialog>
  );
}
