import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SaturationResult } from '../../src/shared/features/trail-types';
import { demoProjectFile, gioia } from './helpers/cli-process';

const { dir, file } = demoProjectFile('cli-trail');

describe('gioia milestones', () => {
  it('sets, renames and lists milestones', async () => {
    expect((await gioia('milestones', file, '--add', 'after round 1')).code).toBe(0);
    expect((await gioia('milestones', file, '--rename', 'after round 1', '--to', 'round 1')).code).toBe(0);
    const list = JSON.parse((await gioia('milestones', file, '--json')).stdout) as Array<{ name: string }>;
    expect(list.map((m) => m.name)).toEqual(['round 1']);
  });

  it('names the milestone it cannot find', async () => {
    const r = await gioia('milestones', file, '--delete', 'nowhere');
    expect([r.code === 0, r.stderr]).toEqual([false, expect.stringContaining('“nowhere”')]);
  });
});

describe('gioia trail', () => {
  it('writes the methods report in Markdown with the counts table', async () => {
    const r = await gioia('trail', file, '--format', 'md');
    expect([r.code, r.stdout]).toEqual([0, expect.stringMatching(/\| *Open codes|open codes/i)]);
  });

  it('writes a DOCX with -o', async () => {
    const out = join(dir, 'trail.docx');
    expect((await gioia('trail', file, '--format', 'docx', '-o', out)).code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });
});

describe('gioia saturation', () => {
  it('prints the curve as JSON over the coded documents, its total the distinct concepts it names', async () => {
    const r = await gioia('saturation', file, '--json');
    const s = JSON.parse(r.stdout) as SaturationResult;
    const named = new Set(s.overall.steps.flatMap((x) => x.newConcepts.map((c) => c.name)));
    expect([s.overall.steps.at(-1)?.cumulative, s.overall.steps.length]).toEqual([named.size, 4]);
  });

  it('writes CSV with the definition in it', async () => {
    const r = await gioia('saturation', file, '--order', 'import', '--format', 'csv');
    expect(r.stdout).toContain('A 1st-order concept is new in a document');
  });

  it('refuses an unknown attribute, naming it', async () => {
    const r = await gioia('saturation', file, '--order', 'attribute:nonesuch', '--json');
    expect(r.stdout).toContain('nonesuch');
  });
});

describe('gioia suggest', () => {
  it('prints suggestions for a concept as JSON, none of them already coded with it', async () => {
    const r = await gioia('suggest', file, '--concept', 'Bending the script', '--limit', '3', '--json');
    const s = JSON.parse(r.stdout) as { suggestions: Array<{ text: string; matches: unknown[] }>; quotes: number };
    expect([r.code, s.suggestions.length, s.suggestions.every((x) => x.matches.length > 0)]).toEqual([0, 3, true]);
  });

  it('names the concept it cannot find', async () => {
    const r = await gioia('suggest', file, '--concept', 'Nonesuch');
    expect(r.stderr).toContain('“Nonesuch”');
  });
});

describe('gioia saturation --at', () => {
  it('computes the curve as it was at a milestone, before concepts added after it', async () => {
    await gioia('milestones', file, '--add', 'before new concept');
    const before = JSON.parse((await gioia('saturation', file, '--json')).stdout) as SaturationResult;
    expect(
      (
        await gioia(
          'code',
          file,
          '--doc',
          'P1 Contact-centre lead (Nordlicht)',
          '--quote',
          'customer',
          '--occurrence',
          '1',
          '--concept',
          'Late idea',
        )
      ).code,
    ).toBe(0);
    const now = JSON.parse((await gioia('saturation', file, '--json')).stdout) as SaturationResult;
    const then = JSON.parse((await gioia('saturation', file, '--json', '--at', 'before new concept')).stdout) as SaturationResult;
    expect([now.overall.total - before.overall.total, then.overall.total]).toEqual([1, before.overall.total]);
  });
});
