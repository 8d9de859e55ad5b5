import type { ValidParams } from '../../shared/contract';
import type { Milestone } from '../../shared/features/trail-types';
import {
  createMilestone as insertMilestone,
  deleteMilestone as removeMilestone,
  lastEventSeq,
  renameMilestone as patchMilestone,
  requireMilestone,
  type ProjectStore,
} from '../../storage';
import { findActiveOrNull } from '../coding/active-coder';

/**
 * Names a point of the log; without `seq`, the latest change. The milestone is itself one event
 * (and one undo step), recorded after the point it names, so it never moves what it marks.
 */
export function createMilestone(store: ProjectStore, params: ValidParams<'createMilestone'>): Milestone {
  const last = lastEventSeq(store.conn) ?? 0;
  const seq = Math.min(params.seq ?? last, last);
  const name = params.name.trim();
  const { value } = store.mutate(
    { coderId: findActiveOrNull(store.conn), action: 'create-milestone', summary: `Set milestone “${name}”` },
    (tx) => insertMilestone(tx, { name, seq, createdBy: findActiveOrNull(tx.conn) }),
  );
  return requireMilestone(store.conn, value);
}

export function renameMilestone(store: ProjectStore, params: ValidParams<'renameMilestone'>): Milestone {
  const old = requireMilestone(store.conn, params.milestoneId);
  const name = params.name.trim();
  store.mutate(
    { coderId: findActiveOrNull(store.conn), action: 'rename-milestone', summary: `Rename milestone “${old.name}” to “${name}”` },
    (tx) => patchMilestone(tx, old.id, name),
  );
  return requireMilestone(store.conn, old.id);
}

export function deleteMilestone(store: ProjectStore, params: ValidParams<'deleteMilestone'>): null {
  const old = requireMilestone(store.conn, params.milestoneId);
  store.mutate({ coderId: findActiveOrNull(store.conn), action: 'delete-milestone', summary: `Delete milestone “${old.name}”` }, (tx) =>
    removeMilestone(tx, old.id),
  );
  return null;
}
