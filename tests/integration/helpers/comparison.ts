import { join } from 'node:path';
import { createProjectFile } from '../../../src/backend';
import type { CodeId, CoderId, DocumentId } from '../../../src/core/ids';
import { addDocument, createCode, createCoder, createSegment, ProjectStore } from '../../../src/storage';

/** 100 characters, so a character count is a percentage and the arithmetic in the tests stays legible. */
export const HUNDRED = 'Interviewer: What happened when the power went out? Lead: We rang every vulnerable customer first.!!'.padEnd(
  100,
  '.',
);

export interface TwoCoderProject {
  readonly path: string;
  readonly documentId: DocumentId;
  readonly ana: CoderId;
  readonly ben: CoderId;
  readonly k: CodeId;
  readonly l: CodeId;
}

/** A project with one 100-character document, two concepts K and L and coders Ana and Ben, no codings yet. */
export async function twoCoderProject(dir: string, name = 'study.gioia'): Promise<TwoCoderProject> {
  const path = join(dir, name);
  await createProjectFile(path, { appVersion: 'test', coderName: 'Tester' });
  const store = await ProjectStore.open(path, { create: false });
  try {
    return store.mutate({ coderId: null, action: 'seed', summary: 'seed' }, (tx) => {
      const documentId = addDocument(tx, { name: 'D1', text: HUNDRED, turns: [], sourceFormat: 'txt' });
      const ana = createCoder(tx, { name: 'Ana', colour: '#3f7cac' }).id;
      const ben = createCoder(tx, { name: 'Ben', colour: '#b5651d' }).id;
      const k = createCode(tx, { level: 'concept', name: 'K', colour: '#336699' });
      const l = createCode(tx, { level: 'concept', name: 'L', colour: '#993366' });
      return { path, documentId, ana, ben, k, l };
    }).value;
  } finally {
    store.close();
  }
}

/** Codes `[start, end)` for a coder with the given codes, as one mutation. */
export function code(store: ProjectStore, coderId: CoderId, documentId: DocumentId, start: number, end: number, codeIds: CodeId[]): void {
  store.mutate({ coderId, action: 'code', summary: 'code' }, (tx) => createSegment(tx, { documentId, start, end, coderId, codeIds }));
}

export async function withStore<T>(path: string, fn: (store: ProjectStore) => T | Promise<T>): Promise<T> {
  const store = await ProjectStore.open(path, { create: false });
  try {
    return await fn(store);
  } finally {
    store.close();
  }
}

/** Every live coding of a project as "coder|code|start-end" strings, for set comparisons. */
export function codingKeys(store: ProjectStore, documentId: DocumentId): string[] {
  const coders = new Map(store.listCoders().map((c) => [c.id as string, c.name]));
  const codes = new Map(store.listCodes().map((c) => [c.id as string, c.name]));
  return store
    .listSegments(documentId)
    .flatMap((s) => s.codeIds.map((c) => `${coders.get(s.coderId)}|${codes.get(c)}|${s.start}-${s.end}`))
    .sort();
}
