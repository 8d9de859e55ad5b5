import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ORAL_HISTORY } from '../fixtures/transcripts/make-corpus';
import { gioia } from './helpers/cli-process';
import { tempDir } from './helpers/temp';

async function project(): Promise<{ file: string; transcript: string }> {
  const dir = tempDir();
  const file = join(dir, 'study.gioia');
  const transcript = join(dir, 'reyes.txt');
  writeFileSync(transcript, ORAL_HISTORY);
  expect((await gioia('new', file, '--coder', 'Ana')).code).toBe(0);
  return { file, transcript };
}

// Each case spawns the real CLI, a few seconds each on a loaded machine.
describe('gioia import --preview, turns and speakers', { timeout: 120_000 }, () => {
  it('previews as JSON with speakers, header and choices, and stores nothing', async () => {
    const { file, transcript } = await project();
    const run = await gioia('import', file, transcript, '--preview', '--json', '--not-speaker', 'SMITH');
    const [preview] = JSON.parse(run.stdout) as { speakers: { label: string; isSpeaker: boolean }[]; header: { lineCount: number } }[];
    const documents = JSON.parse((await gioia('documents', file, '--json')).stdout) as unknown[];
    expect([run.code, preview?.speakers.filter((s) => s.isSpeaker).map((s) => s.label), preview?.header.lineCount, documents]).toEqual([
      0,
      ['REYES'],
      4,
      [],
    ]);
  });

  it('imports with the same choices and lists the turns with turns --json', async () => {
    const { file, transcript } = await project();
    expect((await gioia('import', file, transcript, '--keep-lines', '--role', 'SMITH=interviewer')).code).toBe(0);
    const { turns } = JSON.parse((await gioia('turns', file, '--doc', 'reyes', '--json')).stdout) as {
      turns: { speaker: string | null; role: string | null; words: string }[];
    };
    expect([turns.map((t) => [t.speaker, t.role]), turns[1]?.words.includes('\n')]).toEqual([
      [
        [null, null],
        ['SMITH', 'interviewer'],
        ['REYES', 'informant'],
        ['SMITH', 'interviewer'],
        ['REYES', 'informant'],
      ],
      true,
    ]);
  });

  it('merges a turn and marks a label as not a speaker from the command line', async () => {
    const { file, transcript } = await project();
    await gioia('import', file, transcript);
    await gioia('turns', file, '--doc', 'reyes', '--merge', '5');
    const run = await gioia('speakers', file, '--doc', 'reyes', '--not-speaker', 'SMITH', '--json');
    expect(JSON.parse(run.stdout)).toEqual({ speakers: [{ speaker: 'REYES', turns: 1, role: null }] });
  });

  it('codes every hit of a search with --code, and finds words inside that code with --in-code', async () => {
    const { file, transcript } = await project();
    await gioia('import', file, transcript);
    const coded = JSON.parse((await gioia('search', file, 'Wilmington', '--code', 'Place', '--extent', 'sentence', '--json')).stdout) as {
      hits: unknown[];
      coded: number;
    };
    const inCode = JSON.parse((await gioia('search', file, 'FIRST GO', '--in-code', 'Place', '--json')).stdout) as {
      hits: { speaker: string }[];
    };
    expect([coded.hits.length, coded.coded, inCode.hits.map((h) => h.speaker)]).toEqual([2, 2, ['SMITH']]);
  });
});
