import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../src/backend';
import { REAL_RESOURCES } from './helpers/fixtures';
import { tempDir } from './helpers/temp';

interface Manifest {
  documents: Array<{ file: string; name: string; attributes: Record<string, string> }>;
  codebook: Array<{ dimension: string; themes: Array<{ theme: string; concepts: Array<{ concept: string }> }> }>;
  codings: Array<{ document: string; quote: string; concepts: string[]; coder: string }>;
}

const manifest = JSON.parse(readFileSync(join(REAL_RESOURCES, 'demo/project.json'), 'utf8')) as Manifest;

/**
 * The expected matrix, straight from the manifest: each coding entry is one segment; a theme cell
 * counts the entries in documents of that phase with at least one of the theme's concepts.
 */
function expectedThemeByPhase(count: 'segments' | 'documents'): Map<string, Map<string, number>> {
  const themeOf = new Map<string, string>();
  for (const d of manifest.codebook) for (const t of d.themes) for (const c of t.concepts) themeOf.set(c.concept, t.theme);
  const phaseOf = new Map(manifest.documents.map((d) => [d.file, d.attributes.phase ?? '']));
  const sets = new Map<string, Map<string, Set<string>>>();
  manifest.codings.forEach((coding, i) => {
    const themes = new Set(coding.concepts.map((c) => themeOf.get(c)).filter((t): t is string => t !== undefined));
    for (const theme of themes) {
      const byPhase = sets.get(theme) ?? new Map<string, Set<string>>();
      const phase = phaseOf.get(coding.document) ?? '';
      const set = byPhase.get(phase) ?? new Set<string>();
      set.add(count === 'segments' ? String(i) : coding.document);
      byPhase.set(phase, set);
      sets.set(theme, byPhase);
    }
  });
  return new Map([...sets].map(([t, m]) => [t, new Map([...m].map(([p, s]) => [p, s.size]))]));
}

let backend: Backend | null = null;
afterEach(async () => {
  await backend?.dispose();
  backend = null;
});

async function demo(): Promise<Backend> {
  backend = createBackend({ dataDir: tempDir(), resourcesDir: REAL_RESOURCES, appVersion: 'test', platform: 'web' });
  await backend.handlers.openDemoProject({});
  return backend;
}

describe('getMatrix on the demo project', () => {
  for (const count of ['segments', 'documents'] as const) {
    it(`counts ${count} per theme and phase exactly as the manifest's codings say`, async () => {
      const b = await demo();
      const m = await b.handlers.getMatrix({ by: { attribute: 'phase' }, level: 'theme', count });
      const expected = expectedThemeByPhase(count);
      expect(m.rows.map((r) => r.name)).toEqual(manifest.codebook.flatMap((d) => d.themes.map((t) => t.theme)));
      expect(m.columns.map((c) => c.label)).toEqual(manifest.documents.map((d) => d.attributes.phase));
      m.rows.forEach((row, r) =>
        m.columns.forEach((col, c) =>
          expect(m.cells[r]?.[c]?.count, `${row.name} × ${col.label}`).toBe(expected.get(row.name)?.get(col.label) ?? 0),
        ),
      );
    });
  }

  it('gives each cell the segments whose quotes it counts', async () => {
    const b = await demo();
    const m = await b.handlers.getMatrix({ by: { attribute: 'phase' }, level: 'theme', count: 'segments' });
    const cell = m.cells[0]?.[0];
    const quotes = await b.handlers.getAnalysisQuotes({ segmentIds: [...(cell?.segmentIds ?? [])] });
    expect(quotes).toHaveLength(cell?.count ?? -1);
    expect(new Set(quotes.map((q) => q.source))).toEqual(new Set(['P1']));
  });

  it('refuses an attribute the project does not define, naming the ones it has', async () => {
    const b = await demo();
    const r = await b.dispatch('getMatrix', { by: { attribute: 'shoe size' } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('phase');
  });

  it('has a symmetric co-occurrence matrix whose diagonal is each theme’s segment count', async () => {
    const b = await demo();
    const m = await b.handlers.getCooccurrence({ level: 'theme', count: 'segments' });
    const codes = await b.handlers.listCodes({});
    m.rows.forEach((row, r) => {
      expect(m.cells[r]?.[r]?.count).toBe(codes.find((c) => c.id === row.codeId)?.segmentCount);
      m.rows.forEach((_, c) => expect(m.cells[r]?.[c]?.count).toBe(m.cells[c]?.[r]?.count));
    });
  });
});
