import { randomUUID } from 'node:crypto';
import type { ProjectId } from '../core/ids';
import type { Conn } from './conn';
import type { Tx } from './tx';

export interface ProjectRecord {
  readonly id: ProjectId;
  readonly name: string;
  readonly description: string;
  readonly createdAt: string;
  readonly appVersion: string;
}

interface ProjectDbRow {
  id: string;
  name: string;
  description: string;
  created_at: string;
  app_version: string;
}

export function insertProject(tx: Tx, input: { id?: ProjectId; name: string; description?: string; appVersion: string }): ProjectId {
  const id = input.id ?? (randomUUID() as ProjectId);
  tx.insert('project', {
    id,
    name: input.name,
    description: input.description ?? '',
    created_at: tx.now,
    app_version: input.appVersion,
  });
  return id;
}

export function findProject(conn: Conn): ProjectRecord | null {
  const row = conn.get<ProjectDbRow>('SELECT id, name, description, created_at, app_version FROM project');
  if (row === undefined) return null;
  return {
    id: row.id as ProjectId,
    name: row.name,
    description: row.description,
    createdAt: row.created_at,
    appVersion: row.app_version,
  };
}
