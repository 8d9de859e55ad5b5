import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import { code, twoCoderProject, withStore } from './helpers/comparison';
import { tempDir } from './helpers/temp';

async function gioia(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const exit = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { exit, out: out.join('\n'), err: err.join('\n') };
}

/** Ana codes K on [10, 30) and L on [50, 60); Ben codes K on [20, 40) and L on [50, 60) (see comparison-round-trip). */
async function coded() {
  const dir = tempDir();
  const p = await twoCoderProject(dir);
  await withStore(p.path, (s) => {
    code(s, p.ana, p.documentId, 10, 30, [p.k]);
    code(s, p.ana, p.documentId, 50, 60, [p.l]);
    code(s, p.ben, p.documentId, 20, 40, [p.k]);
    code(s, p.ben, p.documentId, 50, 60, [p.l]);
  });
  return { dir, p };
}

describe('gioia coder-package, merge and agreement', () => {
  it('writes a blind package and merging it back adds nothing new', async () => {
    const { dir, p } = await coded();
    const pkg = join(dir, 'ben.gioia');
    const made = await gioia('coder-package', p.path, '--coder', 'Ben', '-o', pkg, '--blind', '--json');
    expect(made.exit).toBe(0);
    expect(JSON.parse(made.out)).toMatchObject({ blind: true, removedSegments: 2, coder: { name: 'Ben' } });
    const merged = await gioia('merge', p.path, pkg, '--json');
    expect(merged.exit).toBe(0);
    expect(JSON.parse(merged.out).codings).toEqual({ added: 0, removed: 0, alreadyPresent: 0, couldNotPlace: 0 });
  });

  it('prints agreement as JSON with the hand-worked kappa of 0.375 for K', async () => {
    const { p } = await coded();
    const run = await gioia('agreement', p.path, '--coders', 'Ana,Ben', '--unit', 'char', '--json');
    expect(run.exit).toBe(0);
    const result = JSON.parse(run.out);
    const k = result.rows.find((r: { label: string }) => r.label === 'K');
    // po = 0.8, pe = 0.68 → κ = 0.12 / 0.32 = 0.375 (worked in comparison-round-trip.test.ts).
    expect(k.kappa.value).toBeCloseTo(0.375, 10);
  });

  it('prints a readable table with 3 decimals and names undefined values with their reason', async () => {
    const { p } = await coded();
    const run = await gioia('agreement', p.path, '--coders', 'Ana,Ben', '--unit', 'segment', '--measure', 'percent,kappa');
    expect(run.exit).toBe(0);
    expect(run.out).toMatch(/K\s+0\.000\s+undefined/);
    expect(run.out).toMatch(/undefined: Cohen’s kappa needs a count of units neither coder coded/);
  });

  it('writes DOCX, XLSX and CSV reports stating the method, parameters and references', async () => {
    const { dir, p } = await coded();
    for (const format of ['docx', 'xlsx', 'csv']) {
      const out = join(dir, `report.${format}`);
      const run = await gioia('agreement', p.path, '--coders', 'Ana,Ben', '--format', format, '-o', out);
      expect(run.exit, run.err).toBe(0);
    }
    const docx = (await mammoth.extractRawText({ path: join(dir, 'report.docx') })).value;
    expect(docx).toContain('Parameters');
    expect(docx).toContain('Coders: Ana, Ben');
    expect(docx).toContain('0.375');
    expect(docx).toContain('Cohen, J. (1960)');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, 'report.xlsx'));
    const sheet = book.getWorksheet('Agreement');
    const header = sheet?.getRow(1).values as unknown[];
    const kRow = sheet?.getRow(2);
    expect(kRow?.getCell(1).value).toBe('K');
    expect(kRow?.getCell(header.indexOf('Cohen’s κ')).value).toBeCloseTo(0.375, 10);
    expect(book.getWorksheet('Method')?.getColumn(2).values.join(' ')).toContain('Krippendorff');
    const csv = readFileSync(join(dir, 'report.csv'), 'utf8');
    expect(csv).toContain('# Unit: character');
    expect(csv).toMatch(/^K,0\.800,0\.375,0\.600,0\.378,/m);
  });

  it('refuses an unknown coder with the list of coders there are', async () => {
    const { p } = await coded();
    const run = await gioia('agreement', p.path, '--coders', 'Ana,Zoe', '--json');
    expect(run.exit).toBe(1);
    expect(JSON.parse(run.out).error.message).toMatch(/No coder "Zoe".*Ana, Ben/);
  });

  it('treats a missing --coders as a usage error (exit 2)', async () => {
    const { p } = await coded();
    expect((await gioia('agreement', p.path, '--json')).exit).toBe(2);
  });
});
