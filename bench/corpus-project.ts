import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CodeId, CoderId, DocumentId } from '../src/core/ids';
import { splitsSurrogatePair } from '../src/core/offsets';
import { createCoder, createSegment, ProjectStore } from '../src/storage';
import { prng } from './corpus';
import { buildCodedProject } from './project-builder';

/** A team's whole study: 200 interviews of 15k words (3 M words) with 50,000 segments over 200 codes. */
export const SHAPE = { docs: 200, words: 15_000, codes: 200, segments: 50_000 };
/** A second coder re-codes this many of the first coder's passages (jittered), so agreement has work. */
const SECOND_CODER_SEGMENTS = 2_500;
const ROOT = __dirname;
const MB = 2 ** 20;

/**
 * The cache is keyed by everything that shapes the file: the builder and corpus sources, this
 * shape, and the schema's migrations. A change to any of them builds a new project.
 */
function cacheKey(): string {
  const hash = createHash('sha256').update(JSON.stringify({ SHAPE, SECOND_CODER_SEGMENTS }));
  for (const file of ['project-builder.ts', 'corpus.ts']) hash.update(readFileSync(join(ROOT, file)));
  const migrations = join(ROOT, '..', 'src', 'storage', 'migrations');
  for (const file of readdirSync(migrations).sort()) hash.update(file).update(readFileSync(join(migrations, file)));
  return hash.digest('hex').slice(0, 16);
}

/**
 * The whole-study project, built once into bench/.cache (gitignored) and reused by later runs and by
 * every scenario that measures at this size. Work on a copy: the cache stays as built.
 */
export async function cachedCorpusProject(): Promise<string> {
  const dir = join(ROOT, '.cache', `corpus-scale-${cacheKey()}`);
  const path = join(dir, 'corpus.gioia');
  if (existsSync(path)) return path;
  rmSync(dir, { recursive: true, force: true });
  const building = join(dir, 'building');
  mkdirSync(building, { recursive: true });
  console.log(`corpus-scale: building the project once into ${dir} (cached for later runs)…`);
  const t = performance.now();
  const built = await buildCodedProject(building, { docs: SHAPE.docs, words: SHAPE.words }, SHAPE);
  addSecondCoder(await ProjectStore.open(built, { create: false }));
  renameSync(built, path);
  rmSync(building, { recursive: true, force: true });
  console.log(`corpus-scale: built in ${((performance.now() - t) / 1000).toFixed(0)} s, ${(statSync(path).size / MB).toFixed(0)} MB`);
  return path;
}

/** Coders A and B: B re-codes A's passages in the first 20 documents with jittered edges, now and then another code. */
function addSecondCoder(store: ProjectStore): void {
  try {
    const docs = store.listDocuments().slice(0, 20);
    const texts = new Map(docs.map((d) => [d.id as string, store.getDocument(d.id).text]));
    const segments = docs.flatMap((d) => store.listSegments(d.id));
    const concepts = store.listCodes().filter((c) => c.level === 'concept');
    store.mutate({ coderId: null, action: 'seed', summary: 'Seeded a second coder' }, (tx) => {
      const a = createCoder(tx, { name: 'Coder A', colour: '#3f7cac' }).id;
      const b = createCoder(tx, { name: 'Coder B', colour: '#b5651d' }).id;
      const rand = prng(13);
      for (let i = 0; i < SECOND_CODER_SEGMENTS && i < segments.length; i++) {
        const s = segments[i]!;
        const text = texts.get(s.documentId) ?? '';
        const safe = (o: number) => Math.max(0, Math.min(text.length, splitsSurrogatePair(text, o) ? o + 1 : o));
        const jitter = () => Math.floor((rand() - 0.5) * 40);
        const code = (rand() < 0.15 ? concepts[Math.floor(rand() * concepts.length)]?.id : s.codeIds[0]) as CodeId;
        const add = (coderId: CoderId, start: number, end: number) => {
          if (safe(end) > safe(start))
            createSegment(tx, { documentId: s.documentId as DocumentId, start: safe(start), end: safe(end), coderId, codeIds: [code] });
        };
        add(a, s.start, s.end);
        add(b, s.start + jitter(), s.end + jitter());
      }
    });
  } finally {
    store.close();
  }
}
