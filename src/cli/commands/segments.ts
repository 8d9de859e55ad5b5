import type { CodeRow, CoderRow, DocumentSummary, SegmentRow } from '../../shared/types';
import { defineCommand } from '../command';
import { withProject } from '../project-api';
import { codeNamed, coderNamed, documentNamed } from '../resolve';
import { projectArg } from './project-file';

/** One segment as scripts see it: names, not only ids. */
export function segmentJson(s: SegmentRow, docs: readonly DocumentSummary[], codes: readonly CodeRow[], coders: readonly CoderRow[]) {
  return {
    id: s.id,
    document: docs.find((d) => d.id === s.documentId)?.name ?? s.documentId,
    start: s.start,
    end: s.end,
    quote: s.quote,
    codes: s.codeIds.map((id) => codes.find((c) => c.id === id)?.name ?? id),
    coder: coders.find((c) => c.id === s.coderId)?.name ?? s.coderId,
  };
}

export const segmentsCommand = defineCommand({
  name: 'segments',
  summary: 'List coded segments with id, document, range, quote, codes and coder',
  usage: 'gioia segments FILE [--doc NAME] [--coder NAME] [--code NAME] [--json]',
  description:
    'Lists every live coded segment, in document order, optionally of one document, coder or code.\n' +
    'Ranges are UTF-16 offsets into the stored text (as "gioia text" prints it), end exclusive. The id\n' +
    'is what "gioia segment" takes to resize, recode or delete a segment.',
  options: { doc: { type: 'string' }, coder: { type: 'string' }, code: { type: 'string' }, json: { type: 'boolean' } },
  optionHelp: {
    doc: 'Only this document (by name)',
    coder: 'Only this coder’s segments (by name)',
    code: 'Only segments with this code (any level counts its own links only)',
    json: 'Print the segments as a JSON array',
  },
  positionals: { min: 1, max: 1, names: ['FILE'] },
  async run(ctx) {
    const path = projectArg(ctx.positionals[0] ?? '');
    const opt = (name: string) => (typeof ctx.options[name] === 'string' ? ctx.options[name] : undefined);
    const rows = await withProject(ctx, path, async (call) => {
      const [docs, codes, coders] = await Promise.all([call('listDocuments'), call('listCodes'), call('listCoders')]);
      const docName = opt('doc');
      const coderName = opt('coder');
      const codeName = opt('code');
      const chosen = docName === undefined ? docs : [documentNamed(docs, docName)];
      const coder = coderName === undefined ? undefined : coderNamed(coders, coderName);
      const code = codeName === undefined ? undefined : codeNamed(codes, codeName);
      const out = [];
      for (const d of chosen) {
        for (const s of await call('listSegments', { documentId: d.id })) {
          if (coder !== undefined && s.coderId !== coder.id) continue;
          if (code !== undefined && !s.codeIds.includes(code.id)) continue;
          out.push(segmentJson(s, docs, codes, coders));
        }
      }
      return out;
    });
    if (ctx.json) {
      ctx.out(JSON.stringify(rows, null, 2));
      return;
    }
    for (const s of rows) ctx.out(`${s.id}  ${s.document} ${s.start}–${s.end} [${s.coder}] “${s.quote}” — ${s.codes.join(', ')}`);
    if (rows.length === 0) ctx.out('No segments.');
  },
});
