import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ORAL_HISTORY } from '../fixtures/transcripts/make-corpus';
import { importHarness, type ImportHarness } from './helpers/import-backend';
import { tempDir } from './helpers/temp';

let h: ImportHarness;
afterEach(async () => {
  await h?.backend.dispose();
});

async function oralHistory(): Promise<{ path: string }> {
  const dir = tempDir();
  h = await importHarness(dir);
  const path = join(dir, 'reyes.txt');
  writeFileSync(path, ORAL_HISTORY);
  return { path };
}

describe('previewing an import', () => {
  it('shows format, encoding, speakers with turn counts, header attributes and the first turns, storing nothing', async () => {
    const { path } = await oralHistory();
    const [p] = await h.call('previewImport', { paths: [path] });
    expect([p?.format, p?.encoding, p?.speakers.filter((s) => s.isSpeaker).map((s) => [s.label, s.turns]), p?.header.attributes]).toEqual([
      'txt',
      'UTF-8',
      [
        ['SMITH', 2],
        ['REYES', 2],
      ],
      { Interviewer: 'Jane Smith', Interviewee: 'Walter Reyes', Date: 'June 3, 1985', Location: 'Wilmington, Delaware' },
    ]);
    expect(await h.call('listDocuments', {})).toEqual([]);
  });

  it('shows the result of the choices it is given', async () => {
    const { path } = await oralHistory();
    const [p] = await h.call('previewImport', { paths: [path], choices: { [path]: { headerLines: 0, joinLines: false } } });
    expect([p?.joinLines, p?.header.lineCount, p?.speakers.some((s) => s.label === 'DATE' && !s.isSpeaker)]).toEqual([false, 0, true]);
  });

  it('stores exactly the text the preview showed, with the choices recorded', async () => {
    const { path } = await oralHistory();
    const choices = { [path]: { speakers: { SMITH: false } } };
    const [p] = await h.call('previewImport', { paths: [path], choices });
    const report = await h.call('importFiles', { paths: [path], choices });
    const doc = await h.call('getDocument', { documentId: report.results[0]!.documentIds[0]! });
    expect([p?.sha256, doc.importChoices?.notSpeakers.includes('SMITH'), doc.attributes['Date']]).toEqual([
      (await h.call('listDocuments', {}))[0]?.sha256,
      true,
      'June 3, 1985',
    ]);
  });

  it('previews a file that cannot be imported with its reason', async () => {
    const dir = tempDir();
    h = await importHarness(dir);
    const [p] = await h.call('previewImport', { paths: [join(dir, 'missing.txt')] });
    expect([p?.ok, p?.reason]).toEqual([false, 'missing.txt does not exist.']);
  });
});

describe('correcting turns after import', () => {
  async function imported() {
    const { path } = await oralHistory();
    const report = await h.call('importFiles', { paths: [path] });
    const documentId = report.results[0]!.documentIds[0]!;
    const doc = await h.call('getDocument', { documentId });
    const start = doc.text.indexOf('taught chemistry');
    const coded = await h.call('codeSelection', {
      documentId,
      start,
      end: start + 'taught chemistry'.length,
      newConcept: { name: 'Teaching' },
    });
    return { documentId, doc, segment: coded.segment };
  }

  it('merges a turn into the one before and keeps the coding on its words', async () => {
    const { documentId, doc, segment } = await imported();
    const reyes = doc.turns[2]!;
    await h.call('mergeTurn', { documentId, at: reyes.textStart });
    const after = await h.call('getDocument', { documentId });
    const [kept] = await h.call('listSegments', { documentId });
    expect([after.turns.length, after.turns[1]?.end, kept?.start, kept?.quote]).toEqual([
      doc.turns.length - 1,
      reyes.end,
      segment.start,
      'taught chemistry',
    ]);
  });

  it('splits a turn at an offset, the second part to another speaker', async () => {
    const { documentId, doc } = await imported();
    const at = doc.text.indexOf('[Wallace Hume]');
    await h.call('splitTurn', { documentId, at, speaker: 'NARRATOR' });
    const after = await h.call('getDocument', { documentId });
    const turn = after.turns.find((t) => t.speaker === 'NARRATOR')!;
    expect(after.text.slice(turn.textStart, turn.end).startsWith('[Wallace Hume] Carothers said')).toBe(true);
  });

  it('refuses to split a turn where one side would have no words', async () => {
    const { documentId, doc } = await imported();
    const error = await h.failure('splitTurn', { documentId, at: doc.turns[1]!.textStart });
    expect(error.message).toMatch(/can only be split between words/);
  });

  it('marks a label as not a speaker: its turns join the turn before, the label reads as words', async () => {
    const { documentId } = await imported();
    const result = await h.call('markNotSpeaker', { documentId, speaker: 'SMITH' });
    const after = await h.call('getDocument', { documentId });
    expect([result.turns, after.turns.map((t) => t.speaker)]).toEqual([2, [null, 'REYES', 'REYES']]);
  });

  it('undoes each correction in one step, turns back exactly as they were', async () => {
    const { documentId, doc } = await imported();
    await h.call('markNotSpeaker', { documentId, speaker: 'SMITH' });
    await h.call('undo', {});
    expect((await h.call('getDocument', { documentId })).turns).toEqual(doc.turns);
  });

  it('sets a role, and a rename carries the role to the new name', async () => {
    const { documentId } = await imported();
    await h.call('setSpeakerRole', { documentId, speaker: 'SMITH', role: 'interviewer' });
    await h.call('renameSpeaker', { documentId, from: 'SMITH', to: 'Jane Smith' });
    expect((await h.call('getDocument', { documentId })).roles).toEqual({ 'Jane Smith': 'interviewer' });
  });

  it('gives a turn another speaker and takes it away again, the label then read as words', async () => {
    const { documentId, doc } = await imported();
    await h.call('setTurnSpeaker', { documentId, at: doc.turns[3]!.textStart, speaker: null });
    const turn = (await h.call('getDocument', { documentId })).turns[3]!;
    expect([turn.speaker, doc.text.slice(turn.textStart, turn.end)]).toEqual([null, 'SMITH: When did you first go to Wilmington?']);
  });
});
