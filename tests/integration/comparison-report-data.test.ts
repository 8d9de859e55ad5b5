import { readdirSync } from 'node:fs';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { code, twoCoderProject, withStore } from './helpers/comparison';
import { codingBackend } from './helpers/coding-backend';
import { tempDir } from './helpers/temp';

describe('agreement report as a download', () => {
  it('returns the same DOCX report the CLI writes, as bytes with a file name and type, leaving no file behind', async () => {
    const dir = tempDir();
    const p = await twoCoderProject(dir);
    await withStore(p.path, (s) => {
      code(s, p.ana, p.documentId, 10, 30, [p.k]);
      code(s, p.ben, p.documentId, 20, 40, [p.k]);
    });
    const b = codingBackend(dir).backend;
    try {
      expect((await b.dispatch('openProject', { path: p.path })).ok).toBe(true);
      const before = readdirSync(dir).sort();
      const result = await b.dispatch('exportAgreementReportData', { format: 'docx', agreement: { coderIds: [p.ana, p.ben] } });
      if (!result.ok) throw new Error(result.error.message);
      const file = result.value as { fileName: string; mime: string; dataBase64: string };
      expect(file.fileName).toBe('agreement-report.docx');
      expect(file.mime).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      const text = (await mammoth.extractRawText({ buffer: Buffer.from(file.dataBase64, 'base64') })).value;
      expect(text).toContain('Coders: Ana, Ben');
      expect(text).toContain('Krippendorff');
      expect(readdirSync(dir).sort()).toEqual(before);
      const refused = await b.dispatch('exportAgreementReportData', { format: 'pdf', agreement: { coderIds: [p.ana, p.ben] } });
      expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    } finally {
      await b.dispose();
    }
  });
});
