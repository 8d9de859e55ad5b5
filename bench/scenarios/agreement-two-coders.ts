import { join } from 'node:path';
import { createProjectFile } from '../../src/backend';
import { computeProjectAgreement } from '../../src/backend/comparison/agreement';
import type { CodeId, CoderId, DocumentId } from '../../src/core/ids';
import { splitsSurrogatePair } from '../../src/core/offsets';
import { agreementParams } from '../../src/shared/features/comparison-contract';
import { createCode, createCoder, createSegment, ProjectStore } from '../../src/storage';
import { prng } from '../corpus';
import { importCorpus } from '../project-builder';
import type { Scenario } from '../scenario';

const DOCS = 100;
const SEGMENTS_PER_CODER = 5000;
const CONCEPTS = 60;

/**
 * Issue 6's budget: agreement for 2 coders over 100 transcripts with 5,000 segments each, all codes,
 * all measures, under 2 s. Coder B re-codes coder A's passages with jittered boundaries, now and
 * then a different concept or no coding at all, so every measure has real overlaps to work through.
 */
export const scenario: Scenario = {
  name: 'agreement-two-coders',
  description: 'computeAgreement (percent, kappa, Brennan–Prediger, alpha, alpha-u) for 2 coders × 5,000 segments over 100 transcripts.',
  async run(ctx) {
    const path = join(ctx.dir, 'agreement.gioia');
    await createProjectFile(path, { appVersion: 'bench', coderName: 'Bench coder' });
    const store = await ProjectStore.open(path, { create: false });
    try {
      const docs = importCorpus(store, { docs: DOCS, words: ctx.size.words });
      const texts = docs.map((id) => store.getDocument(id).text);
      const { a, b } = store.mutate({ coderId: null, action: 'seed', summary: 'Seeded two coders' }, (tx) => {
        const a = createCoder(tx, { name: 'Coder A', colour: '#3f7cac' }).id;
        const b = createCoder(tx, { name: 'Coder B', colour: '#b5651d' }).id;
        const concepts: CodeId[] = [];
        for (let c = 0; c < CONCEPTS; c++) concepts.push(createCode(tx, { level: 'concept', name: `Concept ${c}`, colour: '#336699' }));
        const rand = prng(11);
        const pick = () => concepts[Math.floor(rand() * concepts.length)] as CodeId;
        const safe = (text: string, o: number) => Math.max(0, Math.min(text.length, splitsSurrogatePair(text, o) ? o + 1 : o));
        const add = (coderId: CoderId, documentId: DocumentId, text: string, start: number, end: number, codeIds: CodeId[]) => {
          const s = safe(text, start);
          const e = safe(text, end);
          if (e > s) createSegment(tx, { documentId, start: s, end: e, coderId, codeIds });
        };
        for (let i = 0; i < SEGMENTS_PER_CODER; i++) {
          const d = Math.floor(rand() * docs.length);
          const text = texts[d] ?? '';
          const start = Math.floor(rand() * Math.max(1, text.length - 300));
          const end = start + 30 + Math.floor(rand() * 200);
          const code = pick();
          add(a, docs[d] as DocumentId, text, start, end, [code]);
          const jitter = () => Math.floor((rand() - 0.5) * 40);
          add(b, docs[d] as DocumentId, text, start + jitter(), end + jitter(), [rand() < 0.15 ? pick() : code]);
        }
        return { a, b };
      }).value;
      const params = agreementParams.parse({ coderIds: [a, b] });
      const size = `2 coders × ${SEGMENTS_PER_CODER.toLocaleString('en')} segments, ${CONCEPTS} codes, ${DOCS} docs × ${ctx.size.words.toLocaleString('en')} words`;
      await ctx.measure({ label: 'all measures, unit char', size, runs: 5, warmup: 1, targetMs: 2000 }, () =>
        computeProjectAgreement(store, params),
      );
      await ctx.measure({ label: 'all measures, unit segment', size, runs: 5, warmup: 1, targetMs: 2000 }, () =>
        computeProjectAgreement(store, { ...params, unit: 'segment' }),
      );
    } finally {
      store.close();
    }
  },
};
