import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createProjectFile } from '../../src/backend';
import type { CodebookFile } from '../../src/backend/coding/codebook-io';
import { exportCodebook, importCodebook } from '../../src/backend/coding/codebook-transfer';
import { ProjectStore } from '../../src/storage';
import type { Scenario } from '../scenario';

const DIMENSIONS = 10;
const THEMES = 50;
const CONCEPTS = 100;

/** 10 dimensions × 50 themes × 100 concepts = 50,000 concepts, each with a definition. */
function bigCodebook(): CodebookFile {
  return {
    codebook: Array.from({ length: DIMENSIONS }, (_, d) => ({
      dimension: `Dimension ${d + 1}`,
      definition: `What dimension ${d + 1} is about.`,
      themes: Array.from({ length: THEMES }, (_, t) => ({
        theme: `Theme ${d + 1}.${t + 1}`,
        definition: '',
        concepts: Array.from({ length: CONCEPTS }, (_, c) => ({
          concept: `Concept ${d + 1}.${t + 1}.${c + 1}`,
          definition: `Said as “${c}”.`,
        })),
      })),
    })),
    ungroupedThemes: [],
    ungroupedConcepts: [],
  };
}

/**
 * Issue 15: importing a codebook was quadratic (8,000 concepts took 14 s, 50,000 never finished).
 * Reads the file, parses it and merges it into a fresh project in one mutation, as
 * `gioia codebook --import` does; then the same again from CSV, and a re-import that changes nothing.
 */
export const scenario: Scenario = {
  name: 'codebook-import',
  description: 'Import a 50,000-concept codebook (JSON, CSV, and again unchanged). Target: < 5 s each.',
  async run(ctx) {
    const json = join(ctx.dir, 'codebook.json');
    writeFileSync(json, JSON.stringify(bigCodebook()));
    const concepts = DIMENSIONS * THEMES * CONCEPTS;
    const size = `${concepts.toLocaleString('en')} concepts`;
    const withProject = async <T>(path: string, fn: (store: ProjectStore) => T): Promise<T> => {
      const store = await ProjectStore.open(path, { create: false });
      try {
        return fn(store);
      } finally {
        store.close();
      }
    };
    const fresh = async (name: string) => {
      const path = join(ctx.dir, name);
      await createProjectFile(path, { appVersion: 'bench' });
      return path;
    };

    const jsonProjects: string[] = [];
    await ctx.measure(
      { label: 'JSON into an empty project', size, runs: 3, targetMs: 5000, itemsPerRun: { count: concepts, unit: 'concepts' } },
      async (i) => {
        jsonProjects[i] = await fresh(`json-${i}.gioia`);
        const content = readFileSync(json, 'utf8');
        const report = await withProject(jsonProjects[i] as string, (store) =>
          importCodebook(store, { format: 'json', content, source: json }),
        );
        if (report.created !== concepts + DIMENSIONS * (THEMES + 1)) throw new Error(`created ${report.created} codes`);
      },
    );

    const csv = join(ctx.dir, 'codebook.csv');
    writeFileSync(csv, await withProject(jsonProjects[0] as string, (store) => exportCodebook(store, 'csv')));
    await ctx.measure(
      { label: 'CSV into an empty project', size, runs: 3, targetMs: 5000, itemsPerRun: { count: concepts, unit: 'concepts' } },
      async (i) => {
        const path = await fresh(`csv-${i}.gioia`);
        const content = readFileSync(csv, 'utf8');
        await withProject(path, (store) => importCodebook(store, { format: 'csv', content, source: csv }));
      },
    );

    await ctx.measure({ label: 'JSON again, changing nothing', size, runs: 3, targetMs: 5000 }, async () => {
      const content = readFileSync(json, 'utf8');
      const report = await withProject(jsonProjects[0] as string, (store) =>
        importCodebook(store, { format: 'json', content, source: json }),
      );
      if (report.created + report.updated + report.moved !== 0) throw new Error(`a re-import changed ${JSON.stringify(report)}`);
    });
  },
};
