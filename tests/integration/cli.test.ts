import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gioia, ROOT } from './helpers/cli-process';

interface DemoJson {
  name: string;
  coders: unknown[];
  documents: unknown[];
  codebook: Array<{ themes: Array<{ concepts: unknown[] }> }>;
  ungroupedConcepts?: unknown[];
  codings: Array<{ concepts: unknown[] }>;
  memos?: unknown[];
}

/** The demo's counts worked out from its source description, independently of the backend. */
function expectedDemoCounts(): Record<string, unknown> {
  const demo = JSON.parse(readFileSync(join(ROOT, 'resources', 'demo', 'project.json'), 'utf8')) as DemoJson;
  const themes = demo.codebook.flatMap((d) => d.themes);
  return {
    name: demo.name,
    documents: demo.documents.length,
    codes: {
      concept: themes.reduce((n, t) => n + t.concepts.length, 0) + (demo.ungroupedConcepts?.length ?? 0),
      theme: themes.length,
      dimension: demo.codebook.length,
    },
    // One manifest coding entry = one coder's segment, linked to one or more concepts.
    segments: demo.codings.length,
    codings: demo.codings.reduce((n, c) => n + c.concepts.length, 0),
    coders: demo.coders.length,
    memos: demo.memos?.length ?? 0,
  };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gioia-cli-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('gioia CLI', () => {
  it('writes the demo project and reports its real counts with info --json', async () => {
    const file = join(dir, 'demo.gioia');
    const demo = await gioia('demo', file);
    expect(demo.stderr).toBe('');
    expect(demo.code).toBe(0);
    const info = await gioia('info', file, '--json');
    expect(info.code).toBe(0);
    const summary = JSON.parse(info.stdout) as Record<string, unknown>;
    expect(summary).toMatchObject({ path: file, ...expectedDemoCounts() });
    expect(Object.keys(summary)).toEqual([
      'path',
      'name',
      'schemaVersion',
      'documents',
      'codes',
      'segments',
      'codings',
      'coders',
      'memos',
      'activeCoderId',
      'readOnly',
    ]);
  });

  it('prints the counts per Gioia level in human-readable info output', async () => {
    const file = join(dir, 'demo-human.gioia');
    await gioia('demo', file);
    const info = await gioia('info', file);
    const counts = expectedDemoCounts() as { documents: number; codes: { concept: number; theme: number; dimension: number } };
    expect(info.stdout).toMatch(new RegExp(`Documents\\s+${counts.documents}\\b`));
    expect(info.stdout).toMatch(new RegExp(`Concepts\\s+${counts.codes.concept}\\b`));
    expect(info.stdout).toMatch(new RegExp(`Themes\\s+${counts.codes.theme}\\b`));
    expect(info.stdout).toMatch(new RegExp(`Dimensions\\s+${counts.codes.dimension}\\b`));
  });

  it('creates an empty project with new', async () => {
    const file = join(dir, 'empty.gioia');
    expect((await gioia('new', file)).code).toBe(0);
    const summary = JSON.parse((await gioia('info', file, '--json')).stdout) as { documents: number; codes: Record<string, number> };
    expect(summary.documents).toBe(0);
    expect(summary.codes).toEqual({ concept: 0, theme: 0, dimension: 0 });
  });

  it('refuses to overwrite an existing file with new', async () => {
    const file = join(dir, 'precious.txt');
    writeFileSync(file, 'my notes');
    const run = await gioia('new', file);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(file);
    expect(run.stderr).toMatch(/already exists/);
    expect(readFileSync(file, 'utf8')).toBe('my notes');
  });

  it('reports a missing file by name with exit code 1', async () => {
    const file = join(dir, 'nowhere.gioia');
    const run = await gioia('info', file);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain(file);
  });

  it('reports a file that is not a project by name with exit code 1', async () => {
    const file = join(dir, 'notes.txt');
    writeFileSync(file, 'just some text, not a database');
    const run = await gioia('info', file);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain(file);
    expect(statSync(file).size).toBe('just some text, not a database'.length);
  });

  it('reports errors as JSON on stdout with --json', async () => {
    const run = await gioia('info', join(dir, 'nowhere.gioia'), '--json');
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual({ error: { code: 'file-not-found', message: expect.stringContaining('nowhere.gioia') } });
  });

  it('exits with 2 on a usage error', async () => {
    expect((await gioia('info')).code).toBe(2);
    expect((await gioia('frobnicate')).code).toBe(2);
    expect((await gioia('info', 'x.gioia', '--bogus')).code).toBe(2);
  });

  it('lists every command in --help', async () => {
    const run = await gioia('--help');
    expect(run.code).toBe(0);
    for (const command of ['new', 'demo', 'info', 'serve', 'help']) expect(run.stdout).toMatch(new RegExp(`^  ${command}\\s`, 'm'));
  });

  it('shows usage and options for one command with help CMD', async () => {
    const run = await gioia('help', 'serve');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: gioia serve [FILE] [--port N] [--no-open]');
    expect(run.stdout).toContain('--no-open');
  });

  it('prints the package version with --version', async () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect((await gioia('--version')).stdout.trim()).toBe(pkg.version);
  });
});
