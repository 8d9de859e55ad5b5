import { afterEach, describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import { createBackend, type Backend } from '../../src/backend';
import type { AppEvent } from '../../src/shared/types';
import { REAL_RESOURCES } from './helpers/fixtures';
import { tempDir } from './helpers/temp';

let backend: Backend | null = null;
const events: AppEvent[] = [];
afterEach(async () => {
  await backend?.dispose();
  backend = null;
  events.length = 0;
});

async function demo(): Promise<Backend> {
  backend = createBackend({
    dataDir: tempDir(),
    resourcesDir: REAL_RESOURCES,
    appVersion: 'test',
    platform: 'web',
    emit: (e) => events.push(e),
  });
  await backend.handlers.openDemoProject({});
  return backend;
}

async function call<T>(b: Backend, channel: string, params: unknown): Promise<T> {
  const r = await b.dispatch(channel, params);
  if (!r.ok) throw new Error(r.error.message);
  return r.value as T;
}

async function conceptCount(b: Backend): Promise<number> {
  return (await b.handlers.listCodes({})).filter((c) => c.level === 'concept').length;
}

type Table = {
  rows: Array<{
    concept: string;
    conceptId: string;
    quotes: Array<{ segmentId: string; text: string; source: string; starred: boolean }>;
    available: number;
  }>;
};

describe('representative-data table', () => {
  it('gives every concept up to N quotes with the informant attribute as source', async () => {
    const b = await demo();
    const t = await call<Table>(b, 'getQuotesTable', { perConcept: 2 });
    expect(t.rows.length).toBe(await conceptCount(b));
    expect(t.rows.every((r) => r.quotes.length <= 2 && r.quotes.length === Math.min(2, r.quotes.length))).toBe(true);
    expect(t.rows.flatMap((r) => r.quotes.map((q) => q.source)).every((s) => /^P\d$/.test(s))).toBe(true);
  });

  it('puts a starred quote first, as one undoable event that tells the front end', async () => {
    const b = await demo();
    const before = await call<Table>(b, 'getQuotesTable', { perConcept: 1 });
    const row = before.rows.find((r) => r.available >= 2);
    if (row === undefined) throw new Error('demo has no concept with two quotes');
    const quotes = await call<Array<{ segmentId: string; quote: string }>>(b, 'getAnalysisQuotes', { codeId: row.conceptId });
    const other = quotes.find((q) => q.segmentId !== row.quotes[0]?.segmentId);
    await call(b, 'setQuoteStar', { segmentId: other?.segmentId, codeId: row.conceptId, starred: true });
    const after = await call<Table>(b, 'getQuotesTable', { perConcept: 1 });
    const starred = after.rows.find((r) => r.conceptId === row.conceptId)?.quotes[0];
    expect(starred).toMatchObject({ segmentId: other?.segmentId, starred: true });
    expect(events.filter((e) => e.type === 'data-changed')).toEqual([{ type: 'data-changed', action: 'setQuoteStar' }]);
  });

  it('refuses to star a quote for a code the segment does not carry', async () => {
    const b = await demo();
    const t = await call<Table>(b, 'getQuotesTable', { perConcept: 1 });
    const first = t.rows[0];
    const quotes = await call<Array<{ segmentId: string; codeIds: string[] }>>(b, 'getAnalysisQuotes', {
      segmentIds: [first?.quotes[0]?.segmentId],
    });
    const foreign = t.rows.find((r) => !quotes[0]?.codeIds.includes(r.conceptId));
    const r = await b.dispatch('setQuoteStar', { segmentId: first?.quotes[0]?.segmentId, codeId: foreign?.conceptId, starred: true });
    expect(r.ok ? 'ok' : r.error.code).toBe('not-found');
  });

  it('exports a DOCX whose table has a row per concept and Markdown with every concept', async () => {
    const b = await demo();
    const docx = await call<{ dataBase64: string; fileName: string }>(b, 'exportQuotesTable', { format: 'docx', perConcept: 2 });
    expect(docx.fileName).toMatch(/representative-data\.docx$/);
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(docx.dataBase64, 'base64') });
    const concepts = await conceptCount(b);
    expect(html.match(/<tr>/g)).toHaveLength(concepts + 1);
    const md = await call<{ dataBase64: string }>(b, 'exportQuotesTable', { format: 'md', perConcept: 2 });
    const text = Buffer.from(md.dataBase64, 'base64').toString('utf8');
    expect(text.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| ---')).length).toBe(concepts + 1);
  });
});

describe('exportStructure through the API', () => {
  it('returns each format with its MIME type, the defaults filled in by the contract', async () => {
    const b = await demo();
    const expected: Record<string, string> = {
      svg: 'image/svg+xml',
      csv: 'text/csv',
      tex: 'application/x-tex',
      xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    };
    for (const [format, mime] of Object.entries(expected)) {
      const f = await call<{ mime: string; dataBase64: string }>(b, 'exportStructure', { format });
      expect(f.mime).toBe(mime);
      expect(f.dataBase64.length).toBeGreaterThan(100);
    }
  });

  it('lists the same concepts in the CSV as the figure shows', async () => {
    const b = await demo();
    const codes = await b.handlers.listCodes({});
    const csv = Buffer.from((await call<{ dataBase64: string }>(b, 'exportStructure', { format: 'csv' })).dataBase64, 'base64').toString(
      'utf8',
    );
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(codes.filter((c) => c.level === 'concept').length + 1);
  });
});
