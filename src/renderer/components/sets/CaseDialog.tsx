import { useMemo, useState } from 'react';
import type { CaseRow } from '../../../shared/features/sets-types';
import type { DocumentSummary } from '../../../shared/types';
import { shortcutText } from '../../../shared/shortcuts';
import { call } from '../../lib/api';
import { IS_MAC } from '../../lib/keyboard';
import { useAction } from '../../lib/use-action';
import { readyValue, useApiQuery } from '../../lib/use-api-query';
import { useWorkspace } from '../../state/workspace';
import { MemoEditor } from '../memo/MemoEditor';
import { MemberChecklist, tickedMembers } from './MemberChecklist';
import { NamedItemDialog } from './NamedItemDialog';
import { msg } from '../../messages';

interface Props {
  /** The case to open, or null for a new one. */
  readonly caseRow: CaseRow | null;
  readonly documents: readonly DocumentSummary[];
  readonly onClose: () => void;
}

/**
 * A case opened: its name, the documents it spans, its own attribute values and its memo (saved as
 * it is typed). Name, documents and values are saved together with Save, as one undoable step.
 */
export function CaseDialog({ caseRow, documents, onClose }: Props) {
  const ws = useWorkspace();
  const [name, setName] = useState(caseRow?.name ?? '');
  const [documentIds, setDocumentIds] = useState<ReadonlySet<string>>(() => new Set(caseRow?.documentIds ?? []));
  const [values, setValues] = useState<Readonly<Record<string, string>>>(caseRow?.values ?? {});
  const action = useAction();
  const attributes = readyValue(useApiQuery('listAttributes', {}));
  const attributeNames = useMemo(() => {
    const known = (attributes ?? []).map((a) => a.name);
    return [...known, ...Object.keys(caseRow?.values ?? {}).filter((k) => !known.includes(k))];
  }, [attributes, caseRow]);
  const documentList = useMemo(() => documents.map((d) => ({ id: d.id, label: d.name })), [documents]);

  const save = () =>
    action.run(async () => {
      if (caseRow === null) {
        const made = await call('createCase', { name: name.trim(), documentIds: tickedMembers([], documentIds, documentList) });
        ws.flash(msg.sets.created(made.name));
      } else {
        const changed = attributeNames.filter((a) => (values[a] ?? '').trim() !== (caseRow.values[a] ?? ''));
        await call('updateCase', {
          caseId: caseRow.id,
          name: name.trim(),
          documentIds: tickedMembers(caseRow.documentIds, documentIds, documentList),
          values: Object.fromEntries(changed.map((a) => [a, (values[a] ?? '').trim()])),
        });
        ws.flash(msg.sets.saved(name.trim()));
      }
      onClose();
    });

  const remove = () =>
    action.run(async () => {
      if (caseRow === null) return;
      await call('deleteCase', { caseId: caseRow.id });
      ws.flash(msg.sets.deleted(caseRow.name, shortcutText('undo', IS_MAC)));
      onClose();
    });

  return (
    <NamedItemDialog
      title={caseRow === null ? msg.sets.newCaseTitle : msg.sets.caseTitle(caseRow.name)}
      nameLabel={msg.sets.caseName}
      name={name}
      onName={setName}
      exists={caseRow !== null}
      deleteLabel={msg.sets.deleteCase}
      action={action}
      onSave={() => void save()}
      onDelete={() => void remove()}
      onClose={onClose}
    >
      <div className="member-columns">
        <MemberChecklist legend={msg.sets.caseDocuments} items={documentList} chosen={documentIds} onChange={setDocumentIds} />
        {caseRow !== null && (
          <fieldset className="case-values">
            <legend>{msg.sets.caseValues}</legend>
            {attributeNames.length === 0 && <p className="muted">{msg.sets.noAttributes}</p>}
            {attributeNames.map((attribute) => (
              <label key={attribute} className="case-value">
                <span>{attribute}</span>
                <input
                  aria-label={msg.sets.caseValue(attribute)}
                  value={values[attribute] ?? ''}
                  onChange={(e) => setValues({ ...values, [attribute]: e.target.value })}
                />
              </label>
            ))}
            {caseRow.segmentIds.length > 0 && <p className="muted">{msg.sets.casePassages(caseRow.segmentIds.length)}</p>}
          </fieldset>
        )}
      </div>
      {caseRow !== null && (
        <div className="case-memo">
          <h3>{msg.sets.caseMemo}</h3>
          <MemoEditor targetKind="case" targetId={caseRow.id} label={msg.sets.caseMemoLabel(caseRow.name)} />
        </div>
      )}
    </NamedItemDialog>
  );
}
