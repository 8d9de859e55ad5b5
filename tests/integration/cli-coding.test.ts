import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import { tempDir } from './helpers/temp';

const DOC = 'P1 Contact-centre lead (Nordlicht)';

async function gioia(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

async function demo() {
  const file = join(tempDir(), 'demo.gioia');
  expect((await gioia('demo', file)).code).toBe(0);
  return file;
}

describe('gioia code', () => {
  it('codes an exact quote with a new concept in the ungrouped tray and a new coder', async () => {
    const file = await demo();
    const run = await gioia(
      'code',
      file,
      '--doc',
      DOC,
      '--quote',
      'two customer contact teams',
      '--concept',
      'Team structure',
      '--coder',
      'Dana',
      '--json',
    );
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result).toMatchObject({
      quote: 'two customer contact teams',
      concept: 'Team structure',
      coder: 'Dana',
      createdConcept: true,
      createdCoder: true,
    });
    expect(result.end - result.start).toBe('two customer contact teams'.length);
    const quotes = JSON.parse((await gioia('quotes', file, '--code', 'Team structure', '--json')).stdout);
    expect(quotes).toEqual([
      expect.objectContaining({ document: DOC, start: result.start, end: result.end, coder: 'Dana', codePaths: [['Team structure']] }),
    ]);
  });

  it('fails with exit 1 and the number of occurrences for an ambiguous quote, and codes the chosen occurrence', async () => {
    const file = await demo();
    const ambiguous = await gioia('code', file, '--doc', DOC, '--quote', 'the customer', '--concept', 'X');
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.stderr).toContain('occurs 2 times');
    const second = await gioia('code', file, '--doc', DOC, '--quote', 'the customer', '--occurrence', '2', '--concept', 'X', '--json');
    expect(second.code).toBe(0);
    const text = readFileSync(join(__dirname, '../../resources/demo/01-nordlicht-contact-centre-lead.txt'), 'utf8').replace(/\r\n?/g, '\n');
    expect(JSON.parse(second.stdout).start).toBe(text.indexOf('the customer', text.indexOf('the customer') + 1));
  });

  it('fails with exit 1 when the quote is not in the document, changing nothing', async () => {
    const file = await demo();
    const before = (await gioia('info', file, '--json')).stdout;
    const run = await gioia('code', file, '--doc', DOC, '--quote', 'words nobody said', '--concept', 'Y');
    expect(run).toMatchObject({ code: 1 });
    expect(run.stderr).toContain('0 occurrences');
    expect((await gioia('info', file, '--json')).stdout).toBe(before);
  });

  it('is a usage error (exit 2) without --concept', async () => {
    const file = await demo();
    expect((await gioia('code', file, '--doc', DOC, '--quote', 'outage')).code).toBe(2);
  });
});

describe('gioia codebook', () => {
  it('exports CSV with the documented header and imports it back without creating anything', async () => {
    const file = await demo();
    const csv = join(tempDir(), 'codebook.csv');
    expect((await gioia('codebook', file, '--export', csv)).code).toBe(0);
    expect(readFileSync(csv, 'utf8').split('\r\n')[0]).toBe('dimension,theme,concept,definition,colour');
    const run = await gioia('codebook', file, '--import', csv, '--json');
    expect(JSON.parse(run.stdout)).toEqual({ created: 0, updated: 0, moved: 0 });
  });

  it('merges an imported CSV by name: creates missing codes, updates definitions, deletes nothing', async () => {
    const file = await demo();
    const before = JSON.parse((await gioia('info', file, '--json')).stdout);
    const csv = join(tempDir(), 'more.csv');
    writeFileSync(
      csv,
      'dimension,theme,concept,definition\nNew dimension,New theme,New concept,Fresh\nNew dimension,New theme,Bending the script,Redefined\n',
    );
    expect(JSON.parse((await gioia('codebook', file, '--import', csv, '--json')).stdout)).toEqual({ created: 3, updated: 1, moved: 1 });
    const after = JSON.parse((await gioia('info', file, '--json')).stdout);
    expect(after.codes).toEqual({
      concept: before.codes.concept + 1,
      theme: before.codes.theme + 1,
      dimension: before.codes.dimension + 1,
    });
    const exported = JSON.parse((await gioia('codebook', file, '--export')).stdout);
    const dim = exported.codebook.find((d: { dimension: string }) => d.dimension === 'New dimension');
    expect(dim.themes[0].concepts.map((c: { concept: string; definition: string }) => [c.concept, c.definition])).toEqual([
      ['New concept', 'Fresh'],
      ['Bending the script', 'Redefined'],
    ]);
  });

  it('imports the demo project.json codebook into an empty project', async () => {
    const file = join(tempDir(), 'empty.gioia');
    await gioia('new', file);
    const run = await gioia('codebook', file, '--import', join(__dirname, '../../resources/demo/project.json'), '--json');
    expect(run.code).toBe(0);
    const demoJson = JSON.parse(readFileSync(join(__dirname, '../../resources/demo/project.json'), 'utf8'));
    const info = JSON.parse((await gioia('info', file, '--json')).stdout);
    expect(info.codes.dimension).toBe(demoJson.codebook.length);
  });
});

describe('gioia quotes', () => {
  it('lists every quote of the demo with document, range, code path and coder', async () => {
    const file = await demo();
    const quotes = JSON.parse((await gioia('quotes', file, '--json')).stdout);
    const info = JSON.parse((await gioia('info', file, '--json')).stdout);
    expect(quotes).toHaveLength(info.segments);
    expect(quotes[0]).toEqual({
      document: expect.any(String),
      start: expect.any(Number),
      end: expect.any(Number),
      quote: expect.any(String),
      speaker: expect.anything(),
      coder: expect.any(String),
      codePaths: expect.any(Array),
    });
    const byCoder = JSON.parse((await gioia('quotes', file, '--coder', 'Ben Okafor', '--json')).stdout);
    expect(byCoder.length).toBeGreaterThan(0);
    expect(byCoder.every((q: { coder: string }) => q.coder === 'Ben Okafor')).toBe(true);
  });

  it('fails with exit 1 for an unknown code name', async () => {
    const file = await demo();
    const run = await gioia('quotes', file, '--code', 'No such code');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('No such code');
  });
});
