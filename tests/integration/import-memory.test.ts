import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProjectFile } from '../../src/backend';
import { exportRefiToFile } from '../../src/backend/exchange/exchange';
import type { CodeId, CoderId, DocumentId } from '../../src/core/ids';
import { addDocument, createCode, createSegment, ProjectStore } from '../../src/storage';
import { detectTurns } from '../../src/core/turns';

const CHILD = resolve(__dirname, 'helpers/import-memory-child.ts');
const WORDS = ['outage', 'repair', 'we', 'waited', 'the', 'engineer', 'called', 'back', 'honestly', 'trust', 'credit', 'déjà'];

/** Interview turns of a fixed word cycle, `chars` characters long or a little more. */
function transcript(chars: number, seed: number): string {
  const turns: string[] = [];
  let length = 0;
  for (let t = seed; length < chars; t++) {
    const body = Array.from({ length: 20 + (t % 40) }, (_, w) => WORDS[(t * 7 + w * 3) % WORDS.length]).join(' ');
    const turn = `${t % 2 === 0 ? 'Interviewer' : `P${seed}`}: ${body}.`;
    turns.push(turn);
    length += turn.length + 2;
  }
  return `${turns.join('\n\n')}\n`;
}

/** What README states (Memory of imports): the peak resident memory an import may add, per MB of its input. */
const MB_PER_INPUT_MB = { qdpx: 8, transcript: 10 } as const;

function peakRise(kind: keyof typeof MB_PER_INPUT_MB, file: string): { riseMb: number; inputMb: number } {
  const out = execFileSync(process.execPath, ['--import', 'tsx', CHILD, kind, file], { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as { riseMb: number; inputMb: number };
}

let dir = '';
let qdpx = '';
let txt = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gioia-import-memory-'));
  txt = join(dir, 'long interview.txt');
  writeFileSync(txt, transcript(12 * 2 ** 20, 1));
  const path = join(dir, 'coded.gioia');
  await createProjectFile(path, { appVersion: 'test', coderName: 'Tester' });
  const store = await ProjectStore.open(path, { create: false });
  try {
    const coderId = store.listCoders()[0]?.id as CoderId;
    store.mutate({ coderId, action: 'seed', summary: 'seed' }, (tx) => {
      const codes: CodeId[] = Array.from({ length: 40 }, (_, c) =>
        createCode(tx, { level: 'concept', name: `Concept ${c}`, colour: '#336699' }),
      );
      for (let d = 0; d < 40; d++) {
        const text = transcript(100_000, d + 2);
        const id: DocumentId = addDocument(tx, { name: `Interview ${d}`, text, turns: detectTurns(text), sourceFormat: 'txt' });
        for (let s = 0; s < 250; s++) {
          const start = s * 390;
          createSegment(tx, { documentId: id, start, end: start + 120, coderId, codeIds: [codes[(d + s) % codes.length] as CodeId] });
        }
      }
    });
    exportRefiToFile(store, 'qdpx', (qdpx = join(dir, 'coded.qdpx')));
  } finally {
    store.close();
  }
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('memory of an import, bounded by the size of its input', () => {
  it('imports a .qdpx of 40 transcripts and 10,000 codings within its stated memory per MB', () => {
    const { riseMb, inputMb } = peakRise('qdpx', qdpx);
    expect(inputMb).toBeGreaterThan(5);
    expect(riseMb).toBeLessThan(MB_PER_INPUT_MB.qdpx * inputMb);
  }, 120_000);

  it('imports a 12 MB transcript within its stated memory per MB', () => {
    const { riseMb, inputMb } = peakRise('transcript', txt);
    expect(riseMb).toBeLessThan(MB_PER_INPUT_MB.transcript * inputMb);
  }, 120_000);
});
