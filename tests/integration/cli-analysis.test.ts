import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { demoProjectFile, gioia } from './helpers/cli-process';

const { dir, file } = demoProjectFile('cli-analysis');

describe('gioia structure', () => {
  it('prints the SVG figure to stdout when no -o is given', async () => {
    const r = await gioia('structure', file, '--format', 'svg');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^<\?xml[\s\S]*Anticipatory containment[\s\S]*<\/svg>\n$/);
  });

  it('prints JSON with the structure and its layout', async () => {
    const r = await gioia('structure', file, '--format', 'json', '--counts');
    const json = JSON.parse(r.stdout) as {
      structure: { dimensions: unknown[] };
      layout: { boxes: Array<{ text: Array<{ role: string }> }> };
    };
    expect(json.structure.dimensions).toHaveLength(2);
    expect(json.layout.boxes.some((b) => b.text.some((t) => t.role === 'counts'))).toBe(true);
  });

  it('writes a PNG of the width the DPI asks for with -o', async () => {
    const out = join(dir, 'figure.png');
    const r = await gioia('structure', file, '--format', 'png', '--dpi', '192', '-o', out);
    expect(r.code).toBe(0);
    expect(PNG.sync.read(readFileSync(out)).width).toBe(1920);
  });

  it('fits the figure to an A4 text block at the type size asked for with --page and --pt', async () => {
    const out = join(dir, 'a4.png');
    const r = await gioia('structure', file, '--format', 'png', '--page', 'a4', '--pt', '9', '--min-pt', '6', '--dpi', '96', '-o', out);
    expect(r.code).toBe(0);
    expect(PNG.sync.read(readFileSync(out)).width).toBe(Math.round((160 / 25.4) * 96));
    expect(r.stderr).toContain('A4 portrait, text block 160 × 247 mm');
  });

  it('asks for -o when a small text block breaks the figure into a ZIP of pages', async () => {
    const r = await gioia('structure', file, '--format', 'svg', '--page', '80x60mm', '--fit', 'width');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/pages, one SVG file each, in a ZIP archive: give -o FILE\.zip/);
  });

  it('refuses a binary format without -o as a usage error (exit 2)', async () => {
    const r = await gioia('structure', file, '--format', 'pptx');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('give -o FILE');
    expect(r.stdout).toBe('');
  });

  it('refuses an unknown format as a usage error', async () => {
    expect((await gioia('structure', file, '--format', 'gif')).code).toBe(2);
  });
});

describe('gioia matrix', () => {
  it('prints the theme × phase matrix as CSV', async () => {
    const r = await gioia('matrix', file, '--by', 'phase', '--format', 'csv');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split(/\r?\n/);
    expect(lines[0]).toBe('2nd-order theme,pre-incident,recovery,follow-up,during outage,Total');
    expect(lines).toHaveLength(5 + 2);
  });

  it('counts documents per concept when asked', async () => {
    const r = await gioia('matrix', file, '--by', 'firm', '--level', 'concept', '--count', 'documents', '--format', 'json');
    const m = JSON.parse(r.stdout) as { count: string; cells: Array<Array<{ count: number }>> };
    expect(m.count).toBe('documents');
    expect(Math.max(...m.cells.flat().map((c) => c.count))).toBeLessThanOrEqual(2);
  });

  it('fails with exit 1 naming the attributes when --by names none of them', async () => {
    const r = await gioia('matrix', file, '--by', 'shoe', '--format', 'csv');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('phase');
  });

  it('rejects an unknown level as a usage error', async () => {
    expect((await gioia('matrix', file, '--by', 'phase', '--level', 'sub', '--format', 'csv')).code).toBe(2);
  });

  it('prints the theme co-occurrence network as JSON with --network, lighter links left out by --min-weight', async () => {
    const all = await gioia('matrix', file, '--by', 'cooccurrence', '--network', '--level', 'theme', '--format', 'json');
    const thin = await gioia(
      'matrix',
      file,
      '--by',
      'cooccurrence',
      '--network',
      '--level',
      'theme',
      '--min-weight',
      '2',
      '--format',
      'json',
    );
    expect(all.code).toBe(0);
    const weights = (r: { stdout: string }) => (JSON.parse(r.stdout) as { edges: Array<{ weight: number }> }).edges.map((e) => e.weight);
    expect(weights(all).length).toBeGreaterThan(weights(thin).length);
    expect(weights(thin)).toEqual(weights(all).filter((w) => w >= 2));
  });

  it('prints the network as SVG and refuses it for a matrix that is not co-occurrence', async () => {
    const svg = await gioia('matrix', file, '--by', 'cooccurrence', '--network', '--format', 'svg');
    expect(svg.stdout).toMatch(/^<\?xml[\s\S]*data-edge=[\s\S]*<\/svg>\n$/);
    const wrong = await gioia('matrix', file, '--by', 'phase', '--network', '--format', 'svg');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--by cooccurrence');
    expect((await gioia('matrix', file, '--by', 'phase', '--min-weight', '2', '--format', 'csv')).code).toBe(2);
  });
});

describe('gioia quotes-table', () => {
  it('prints a LaTeX booktabs table to stdout', async () => {
    const r = await gioia('quotes-table', file, '--format', 'tex', '--per-concept', '1');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('\\begin{longtable}');
    expect(r.stdout).toContain('(P1)');
  });

  it('needs -o for docx', async () => {
    expect((await gioia('quotes-table', file, '--format', 'docx')).code).toBe(2);
  });
});
