import { useState } from 'react';
import type { RelationEnd, RelationEndKind, RelationRow } from '../../../shared/features/sets-types';
import type { CodeRow } from '../../../shared/types';
import { call } from '../../lib/api';
import { useAction } from '../../lib/use-action';
import { readyValue, useApiQuery } from '../../lib/use-api-query';
import { useWorkspace } from '../../state/workspace';
import { ErrorText } from '../ui/ErrorText';
import { LinkCodeDialog } from './LinkCodeDialog';
import { msg } from '../../messages';
import './relations.css';

interface Props {
  readonly kind: Extract<RelationEndKind, 'code' | 'segment'>;
  readonly id: string;
  /** What the thing is called, for the list's and the dialog's names. */
  readonly label: string;
  /** Bumped after each committed change; the list refetches on it (and after its own changes). */
  readonly generation?: number;
  /** The codebook: code ends select their code, and links to codes are made from it. */
  readonly codes: readonly CodeRow[];
  /** Offer "Link to code…". */
  readonly canLink?: boolean;
}

/** The other end of a relation, seen from `id`, with the arrow its direction gives. */
function otherEnd(r: RelationRow, id: string): { end: RelationEnd; arrow: string } {
  const outgoing = r.origin.id === id;
  const end = outgoing ? r.target : r.origin;
  const arrow = r.direction === 'associative' ? '—' : r.direction === 'bidirectional' ? '↔' : outgoing ? '→' : '←';
  return { end, arrow };
}

/**
 * The links (REFI-QDA relations) of a code or a quotation: each other end with the link's name, a
 * code end selects that code; × deletes the link (undoable). A code can be linked to another code.
 */
export function RelationList({ kind, id, label, generation = 0, codes, canLink = false }: Props) {
  const ws = useWorkspace();
  const [linking, setLinking] = useState(false);
  const action = useAction();
  const [changes, setChanges] = useState(0);
  const relations = readyValue(useApiQuery('listRelations', { touching: { kind, id } }, `${generation}:${changes}`)) ?? [];
  const remove = (r: RelationRow) =>
    action.run(async () => {
      await call('deleteRelation', { relationId: r.id });
      setChanges((n) => n + 1);
    });
  const link = (target: CodeRow, name: string) => {
    setLinking(false);
    return action.run(async () => {
      await call('createRelation', { origin: { kind, id }, target: { kind: 'code', id: target.id }, name });
      setChanges((n) => n + 1);
    });
  };
  if (relations.length === 0 && !canLink) return null;
  return (
    <section className="relations" aria-label={msg.relations.of(label)}>
      <h3>
        {msg.relations.title} <span className="count">{relations.length}</span>
        {canLink && (
          <button type="button" className="mini-button" onClick={() => setLinking(true)}>
            {msg.relations.linkToCode}
          </button>
        )}
      </h3>
      {relations.length > 0 && (
        <ul>
          {relations.map((r) => {
            const { end, arrow } = otherEnd(r, id);
            const text = end.label ?? msg.relations.gone(end.kind);
            const code = end.kind === 'code' ? codes.find((c) => c.id === end.id) : undefined;
            return (
              <li key={r.id}>
                <span className="relation-arrow" aria-hidden="true">
                  {arrow}
                </span>
                {code !== undefined ? (
                  <button type="button" className="link" onClick={() => ws.selectCode(code.id)}>
                    {text}
                  </button>
                ) : (
                  <span className="relation-end">{msg.relations.end(end.kind, text)}</span>
                )}
                {r.name !== '' && <span className="relation-name">{r.name}</span>}
                <button type="button" className="icon-button" aria-label={msg.relations.remove(text)} onClick={() => void remove(r)}>
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {action.error !== null && <ErrorText message={action.error} />}
      {linking && (
        <LinkCodeDialog
          from={label}
          codes={codes.filter((c) => c.id !== id)}
          onLink={(c, name) => void link(c, name)}
          onClose={() => setLinking(false)}
        />
      )}
    </section>
  );
}
