import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeCoderPackage } from '../../src/backend/comparison/coder-package';
import { mergeProjectFile } from '../../src/backend/comparison/merge';
import type { CodeId, DocumentId, SegmentId } from '../../src/core/ids';
import { splitsSurrogatePair } from '../../src/core/offsets';
import { createSegment, linkCode, ProjectStore, resizeSegment, softDeleteSegment } from '../../src/storage';
import { prng } from '../corpus';
import { buildCodedProject } from '../project-builder';
import type { Scenario } from '../scenario';

const SEGMENTS = 50_000;
const CHANGED = 5_000;

/**
 * Issue 11's budget: merging a coder package with 5,000 changed segments (resized, recoded, deleted,
 * created) into a project holding 50,000 segments, in under 2 s. Each run merges into a fresh copy of
 * the project, timing the merge alone.
 */
export const scenario: Scenario = {
  name: 'merge-package',
  description: 'mergeProject of a coder package with 5,000 changed segments into a 50,000-segment project.',
  async run(ctx) {
    const base = await buildCodedProject(ctx.dir, { docs: 100, words: ctx.size.words }, { codes: 200, segments: SEGMENTS });
    const pkg = join(ctx.dir, 'package.gioia');
    const coderId = await (async () => {
      const store = await ProjectStore.open(base, { create: false });
      try {
        const coder = store.listCoders()[0];
        if (coder === undefined) throw new Error('no coder');
        await writeCoderPackage(store, { target: pkg, coderId: coder.id, blind: false });
        return coder.id;
      } finally {
        store.close();
      }
    })();
    const work = await ProjectStore.open(pkg, { create: false });
    try {
      const docs = work.listDocuments();
      const codes = work.listCodes().filter((c) => c.level === 'concept');
      const segments = docs.flatMap((d) => work.listSegments(d.id));
      const texts = new Map(docs.map((d) => [d.id, work.getDocument(d.id).text] as const));
      const rand = prng(5);
      const safe = (text: string, o: number) => Math.max(0, Math.min(text.length, splitsSurrogatePair(text, o) ? o + 1 : o));
      work.mutate({ coderId, action: 'bench-edit', summary: 'Coder edits' }, (tx) => {
        const gone = new Set<string>();
        for (let i = 0; i < CHANGED; i++) {
          const s = segments[Math.floor(rand() * segments.length)];
          if (s === undefined || gone.has(s.id)) continue;
          const text = texts.get(s.documentId) ?? '';
          const kind = i % 5;
          if (kind <= 1) {
            const start = safe(text, Math.max(0, s.start - 5));
            const end = safe(text, Math.min(text.length, s.end + 5));
            if (end > start) resizeSegment(tx, s.id, start, end);
          } else if (kind === 2) linkCode(tx, s.id, codes[Math.floor(rand() * codes.length)]?.id as CodeId, coderId);
          else if (kind === 3) {
            softDeleteSegment(tx, s.id as SegmentId);
            gone.add(s.id);
          } else {
            const start = safe(text, Math.floor(rand() * Math.max(1, text.length - 200)));
            const end = safe(text, start + 40);
            if (end > start)
              createSegment(tx, { documentId: s.documentId as DocumentId, start, end, coderId, codeIds: [codes[0]?.id as CodeId] });
          }
        }
      });
    } finally {
      work.close();
    }
    const size = `${CHANGED.toLocaleString('en')} changed segments into ${SEGMENTS.toLocaleString('en')} (100 docs × ${ctx.size.words.toLocaleString('en')} words)`;
    await ctx.measure({ label: 'merge', size, runs: 3, targetMs: 2000 }, async (i) => {
      const target = join(ctx.dir, `project-${i}.gioia`);
      copyFileSync(base, target);
      const store = await ProjectStore.open(target, { create: false });
      try {
        const t = performance.now();
        const report = await mergeProjectFile(store, pkg);
        const measuredMs = performance.now() - t;
        if (report.segments.resized + report.segments.created + report.segments.deleted + report.segments.recoded < CHANGED * 0.8) {
          throw new Error(`merge applied too little: ${JSON.stringify(report.segments)}`);
        }
        return { measuredMs };
      } finally {
        store.close();
      }
    });
  },
};
