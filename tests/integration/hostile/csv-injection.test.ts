import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { demoBackend } from '../helpers/coding-backend';

/** Cells a spreadsheet would run as formulas (OWASP's list, plus the full-width forms some spreadsheets accept). */
const FORMULAS = ['=HYPERLINK("http://evil.example","open")', '@SUM(1+1)', "+cmd|' /C calc'!A0", '-2+3', '＝1+1'];
const TRIGGER = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

function cells(csv: string): string[] {
  const body = csv
    .split('\r\n')
    .filter((line) => !line.startsWith('#'))
    .join('\r\n');
  return (parse(body, { relax_column_count: true }) as string[][]).flat();
}

function expectNoFormula(csv: string): void {
  const running = cells(csv).filter((c) => TRIGGER.test(c));
  expect(running).toEqual([]);
}

/** The demo with one concept renamed and one attribute value set to each formula. */
async function poisoned() {
  const ctx = await demoBackend();
  const concepts = ctx.codes.filter((c) => c.level === 'concept');
  for (const [i, formula] of FORMULAS.entries()) {
    const concept = concepts[i];
    if (concept === undefined) throw new Error('the demo has too few concepts');
    await ctx.call('updateCode', { codeId: concept.id, name: formula });
    await ctx.call('setDocumentAttribute', { documentId: ctx.docs[i % ctx.docs.length]?.id ?? '', name: `f${i}`, value: formula });
  }
  return ctx;
}

function text(file: { readonly dataBase64: string }): string {
  return Buffer.from(file.dataBase64, 'base64').toString('utf8');
}

describe('no CSV the app writes lets a spreadsheet run a cell as a formula', () => {
  it('neutralises code names and values in the attributes CSV', async () => {
    const { call } = await poisoned();
    expectNoFormula(await call('exportAttributesCsv'));
  });

  it('restores every value exactly when the attributes CSV is read back', async () => {
    const { call } = await poisoned();
    const before = (await call('listDocuments')).map((d) => d.attributes);
    const report = await call('importAttributesCsv', { csv: await call('exportAttributesCsv') });
    expect(report.changed).toBe(0);
    expect((await call('listDocuments')).map((d) => d.attributes)).toEqual(before);
  });

  it('neutralises code names in the codebook CSV and reads them back unchanged', async () => {
    const { call } = await poisoned();
    const csv = await call('exportCodebook', { format: 'csv' });
    expectNoFormula(csv);
    const report = await call('importCodebook', { format: 'csv', content: csv, source: 'codebook.csv' });
    expect(report).toEqual({ created: 0, updated: 0, moved: 0 });
  });

  it('neutralises code names in the agreement report CSV', async () => {
    const { call } = await poisoned();
    const coders = (await call('listCoders')).filter((c) => c.kind === 'human');
    const csv = text(
      await call('exportAgreementReportData', { format: 'csv', agreement: { coderIds: coders.slice(0, 2).map((c) => c.id) } }),
    );
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""open"")"`);
    expectNoFormula(csv);
  });

  it('neutralises code names in the structure and matrix CSVs', async () => {
    const { call } = await poisoned();
    expectNoFormula(text(await call('exportStructure', { format: 'csv' })));
    expectNoFormula(text(await call('exportMatrix', { format: 'csv', query: { by: { attribute: 'f0' }, level: 'concept' } })));
  });
});
