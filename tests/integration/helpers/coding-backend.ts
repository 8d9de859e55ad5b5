import { join } from 'node:path';
import { createBackend, createProjectFile } from '../../../src/backend';
import type { DocumentId } from '../../../src/core/ids';
import { detectTurns } from '../../../src/core/turns';
import type { Channel } from '../../../src/shared/channels';
import type { Params, Returns } from '../../../src/shared/contract';
import type { AppEvent } from '../../../src/shared/types';
import { addDocument, ProjectStore } from '../../../src/storage';
import { MINI_RESOURCES } from './fixtures';
import { tempDir } from './temp';

export type Call = <K extends Channel>(channel: K, params?: Params<K>) => Promise<Returns<K>>;

/** A backend over a temp data folder; `call` unwraps results and throws the API error as an Error with `code`. */
export function codingBackend(dir = tempDir()) {
  const events: AppEvent[] = [];
  const backend = createBackend({
    dataDir: join(dir, 'data'),
    resourcesDir: MINI_RESOURCES,
    appVersion: 'test',
    platform: 'web',
    emit: (e) => events.push(e),
  });
  const call: Call = async (channel, params) => {
    const result = await backend.dispatch(channel, params ?? {});
    if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code });
    return result.value as never;
  };
  return { backend, call, events, dir };
}

/** Writes a project with the given transcripts (turns detected as the importers do) and opens it. */
export async function projectWithTexts(texts: Record<string, string>) {
  const ctx = codingBackend();
  const path = join(ctx.dir, 'coding.gioia');
  await createProjectFile(path, { appVersion: 'test', coderName: 'Tester' });
  const store = await ProjectStore.open(path, { create: false });
  const ids: Record<string, DocumentId> = {};
  for (const [name, text] of Object.entries(texts)) {
    ids[name] = store.mutate({ coderId: null, action: 'import-document', summary: `Import “${name}”` }, (tx) =>
      addDocument(tx, { name, text, turns: detectTurns(text), sourceFormat: 'txt' }),
    ).value;
  }
  store.close();
  await ctx.call('openProject', { path });
  return { ...ctx, path, ids };
}

/** The demo-mini study opened through the API. */
export async function demoBackend() {
  const ctx = codingBackend();
  await ctx.call('openDemoProject');
  const docs = await ctx.call('listDocuments');
  const codes = await ctx.call('listCodes');
  const code = (name: string) => {
    const found = codes.find((c) => c.name === name);
    if (found === undefined) throw new Error(`no code ${name}`);
    return found;
  };
  return { ...ctx, docs, codes, code };
}

/** Everything a user can see of codes, segments and memos, for exact before/after comparisons. */
export async function snapshot(call: Call) {
  const docs = await call('listDocuments');
  const segments = await Promise.all(docs.map((d) => call('listSegments', { documentId: d.id })));
  return {
    codes: await call('listCodes'),
    documents: docs.map((d) => d.name),
    segments,
    memos: await call('listMemos'),
    summary: { ...(await call('getProjectSummary')), path: '' },
  };
}
