import { DomainError } from '../../core/result';
import type { RelationDirection, RelationEndKind, RelationRow } from '../../shared/features/sets-types';
import {
  createRelation as insertRelation,
  listRelationRecords,
  relationEndLabels,
  requireRelation,
  softDeleteRelation,
  type ProjectStore,
} from '../../storage';
import { relationRows } from './relation-labels';

export function listRelations(store: ProjectStore, touching?: { kind: RelationEndKind; id: string }): RelationRow[] {
  return relationRows(store, listRelationRecords(store.conn, touching));
}

export function createRelation(
  store: ProjectStore,
  input: {
    origin: { kind: RelationEndKind; id: string };
    target: { kind: RelationEndKind; id: string };
    name: string;
    direction: RelationDirection;
  },
): RelationRow {
  const labels = relationEndLabels(store.conn, [input.origin, input.target]);
  for (const end of [input.origin, input.target]) {
    if ((labels.get(`${end.kind}:${end.id}`) ?? null) === null)
      throw new DomainError('not-found', `No ${end.kind} with id ${end.id} in this project.`);
  }
  const summary = `Relate “${labels.get(`${input.origin.kind}:${input.origin.id}`) ?? ''}” to “${labels.get(`${input.target.kind}:${input.target.id}`) ?? ''}”`;
  const { value } = store.mutate({ coderId: null, action: 'create-relation', summary: summary.slice(0, 200) }, (tx) =>
    insertRelation(tx, {
      name: input.name.trim(),
      direction: input.direction,
      colour: null,
      originKind: input.origin.kind,
      originId: input.origin.id,
      targetKind: input.target.kind,
      targetId: input.target.id,
    }),
  );
  const created = listRelations(store).find((r) => r.id === value);
  if (created === undefined) throw new Error('created relation not found');
  return created;
}

export function deleteRelation(store: ProjectStore, relationId: string): null {
  const r = requireRelation(store.conn, relationId);
  store.mutate({ coderId: null, action: 'delete-relation', summary: `Delete relation${r.name === '' ? '' : ` “${r.name}”`}` }, (tx) =>
    softDeleteRelation(tx, r.id),
  );
  return null;
}
