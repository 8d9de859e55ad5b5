import type { CoderId, EventSeq, MilestoneId } from '../core/ids';
import { DomainError } from '../core/result';
import type { Milestone } from '../shared/features/trail-types';
import type { Conn } from './conn';
import { newMilestoneId } from './new-ids';
import type { Tx } from './tx';

interface MilestoneDbRow {
  id: MilestoneId;
  name: string;
  seq: number;
  created_at: string;
  created_by: CoderId | null;
}

function toMilestone(r: MilestoneDbRow): Milestone {
  return {
    id: r.id,
    name: r.name,
    seq: r.seq as EventSeq,
    createdAt: r.created_at,
    createdBy: r.created_by,
  };
}

/** Milestones in the order of the points they name (then by when they were set). */
export function listMilestones(conn: Conn): Milestone[] {
  return conn
    .all<MilestoneDbRow>('SELECT id, name, seq, created_at, created_by FROM milestones ORDER BY seq, created_at, name')
    .map(toMilestone);
}

export function requireMilestone(conn: Conn, id: string): Milestone {
  const row = conn.get<MilestoneDbRow>('SELECT id, name, seq, created_at, created_by FROM milestones WHERE id = ?', [id]);
  if (row === undefined) throw new DomainError('not-found', `No milestone with id ${id} in this project.`);
  return toMilestone(row);
}

function refuseDuplicate(conn: Conn, name: string, except?: string): void {
  const found = conn.get<{ id: string }>('SELECT id FROM milestones WHERE name = ?', [name]);
  if (found !== undefined && found.id !== except) throw new DomainError('conflict', `A milestone named “${name}” already exists.`);
}

export function createMilestone(tx: Tx, input: { name: string; seq: number; createdBy: CoderId | null }): MilestoneId {
  const name = input.name.trim();
  refuseDuplicate(tx.conn, name);
  const id = newMilestoneId();
  tx.insert('milestones', { id, name, seq: input.seq, created_at: tx.now, created_by: input.createdBy });
  return id;
}

export function renameMilestone(tx: Tx, id: MilestoneId, name: string): void {
  requireMilestone(tx.conn, id);
  refuseDuplicate(tx.conn, name.trim(), id);
  tx.update('milestones', { id }, { name: name.trim() });
}

export function deleteMilestone(tx: Tx, id: MilestoneId): void {
  requireMilestone(tx.conn, id);
  tx.delete('milestones', { id });
}
