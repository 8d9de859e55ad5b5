import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createProjectFile } from '../../src/backend';
import { importPaths } from '../../src/backend/import/import-transcripts';
import { ProjectStore } from '../../src/storage';
import { transcriptPdf } from '../../tests/fixtures/transcripts/pdf-fixtures';
import { generateCorpus } from '../corpus';
import type { Scenario } from '../scenario';

const PAGES = 300;
const TURNS_PER_PAGE = 6;
const RUNS = 3;

/**
 * Imports a 300-page transcript PDF (a text layer typeset with a running header and page numbers)
 * through the real import use case: pdf.js reads every page, lines become paragraphs, pages become
 * ranges, turns are detected, and the document is stored in one mutation — into a fresh project per run.
 */
export const scenario: Scenario = {
  name: 'import-pdf',
  description: `Import a ${PAGES}-page text PDF transcript. Target: < 5 s.`,
  async run(ctx) {
    const [source] = generateCorpus(1, PAGES * TURNS_PER_PAGE * 60);
    const turns = (source?.text ?? '').split('\n').filter((l) => l.includes(': '));
    const pages = Array.from({ length: PAGES }, (_, p) =>
      turns.slice(p * TURNS_PER_PAGE, (p + 1) * TURNS_PER_PAGE).map((line) => {
        const at = line.indexOf(': ');
        return [line.slice(0, at), line.slice(at + 2)] as const;
      }),
    );
    const pdf = join(ctx.dir, 'long-interview.pdf');
    writeFileSync(pdf, await transcriptPdf(pages));
    const projects: string[] = [];
    for (let i = 0; i < RUNS; i++) {
      projects.push(join(ctx.dir, `run-${i}.gioia`));
      await createProjectFile(projects[i] as string, { appVersion: 'bench' });
    }
    let failed = 0;
    await ctx.measure({ size: `${PAGES} pages`, runs: RUNS, targetMs: 5_000, itemsPerRun: { count: PAGES, unit: 'pages' } }, async (i) => {
      const store = await ProjectStore.open(projects[i] as string, { create: false });
      try {
        failed += (await importPaths(store, [pdf])).failed;
      } finally {
        store.close();
      }
    });
    if (failed > 0) throw new Error('the bench PDF failed to import');
  },
};
