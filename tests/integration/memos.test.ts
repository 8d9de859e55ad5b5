import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { lexicalFromText } from '../../src/backend/exchange/memo-body';
import { projectWithTexts } from './helpers/coding-backend';

const TEXT = 'P1: We just ring them before they ring us.\n\nP1: Nobody ever called me back.\n';

/** A small study with a concept, one quotation and a memo on each kind of target. */
async function study() {
  const p = await projectWithTexts({ 'Interview P1': TEXT });
  const doc = p.ids['Interview P1'] as string;
  const { call } = p;
  const d = await call('createCode', { level: 'dimension', name: 'Anticipation' });
  const t = await call('createCode', { level: 'theme', name: 'Getting ahead', parentId: d.id });
  const c = await call('createCode', { level: 'concept', name: 'Calling first', parentId: t.id });
  const start = TEXT.indexOf('We just');
  const { segment } = await call('codeSelection', { documentId: doc, start, end: TEXT.indexOf(' before'), codeIds: [c.id] });
  const memo = (targetKind: 'project' | 'document' | 'code' | 'segment', targetId: string | null, text: string) =>
    call('saveMemo', { targetKind, targetId, bodyJson: lexicalFromText(text), bodyText: text });
  await memo('segment', segment.id, 'Proactive calls: a résumé of the routine');
  await memo('document', doc, 'Second interview at the call centre');
  await memo('project', null, 'Journal: the theme of anticipation keeps returning');
  await memo('code', c.id, 'Coded when the firm calls before the customer does');
  return { call, doc, segment, concept: c };
}

const decode = (f: { dataBase64: string }) => Buffer.from(f.dataBase64, 'base64');

describe('memos on quotations, documents and the project', () => {
  it('lists every memo with its target, project first, then documents, codes and quotations', async () => {
    const { call, doc, segment } = await study();
    const entries = await call('listMemoEntries', {});
    expect(entries.map((e) => [e.memo.targetKind, e.target])).toEqual([
      ['project', 'Project memo'],
      ['document', 'Interview P1'],
      ['code', 'Calling first'],
      ['segment', '“We just ring them”'],
    ]);
    expect(entries[3]).toMatchObject({ documentId: doc, segmentId: segment.id, quote: 'We just ring them', source: 'Interview P1' });
  });

  it('finds memos containing every word of a search, ignoring case and accents', async () => {
    const { call } = await study();
    const found = await call('listMemoEntries', { query: 'RESUME routine' });
    expect(found.map((e) => e.memo.targetKind)).toEqual(['segment']);
    expect(await call('listMemoEntries', { query: 'anticipation', kind: 'project' })).toHaveLength(1);
  });

  it('adds a Memos column to the quotes table with the concept’s and the quotation’s memos', async () => {
    const { call } = await study();
    const md = decode(await call('exportQuotesTable', { format: 'md', perConcept: 2, memos: true })).toString('utf8');
    expect(md.split('\n')[2]).toContain('| Memos |');
    expect(md).toContain(
      'Concept: Coded when the firm calls before the customer does<br><br>Interview P1: Proactive calls: a résumé of the routine',
    );
    const plain = decode(await call('exportQuotesTable', { format: 'md', perConcept: 2 })).toString('utf8');
    expect(plain).not.toContain('Memos');
  });

  it('writes a memo report in Markdown and Word with every memo under its kind', async () => {
    const { call } = await study();
    const md = decode(await call('exportMemoReport', { format: 'md' })).toString('utf8');
    const order = [
      '## Project memo',
      'Journal: the theme',
      '## Document memos',
      '## Code memos',
      'Anticipation › Getting ahead › Calling first',
      '## Quotation memos',
      '> “We just ring them”',
    ];
    const positions = order.map((s) => md.indexOf(s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    const { value: text } = await mammoth.extractRawText({ buffer: decode(await call('exportMemoReport', { format: 'docx' })) });
    for (const s of ['Project memo (analytic journal)', 'Second interview at the call centre', 'Proactive calls: a résumé of the routine'])
      expect(text).toContain(s);
  });

  it('exports quotation, document and project memos to REFI-QDA as notes referenced by their targets', async () => {
    const { call, segment } = await study();
    const file = await call('exportRefiData', { format: 'qdpx' });
    const xml = strFromU8(unzipSync(new Uint8Array(decode(file)))['project.qde'] as Uint8Array);
    const selection = new RegExp(`<PlainTextSelection[^>]*guid="${segment.id}"[\\s\\S]*?</PlainTextSelection>`).exec(xml)?.[0] ?? '';
    expect(selection).toContain('<NoteRef');
    expect(xml).toContain('Proactive calls: a résumé of the routine');
    expect(xml).toContain('Journal: the theme of anticipation keeps returning');
  });
});
