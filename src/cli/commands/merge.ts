import type { MergeReport } from '../../shared/features/comparison-types';
import { defineCommand } from '../command';
import { withProject } from '../project-api';
import { projectArg, requireExistingFile } from './project-file';

export function formatMergeReport(r: MergeReport): string[] {
  const lines = [
    `Merged ${r.source}`,
    `Documents  ${r.documents.matched} matched by content${r.documents.missing.length ? `, ${r.documents.missing.length} not in this project: ${r.documents.missing.join('; ')}` : ''}`,
    `Codes      ${r.codes.matched} matched, ${r.codes.created} new`,
    `Coders     ${r.coders.matched} matched, ${r.coders.created} new`,
    `Codings    ${r.codings.added} added, ${r.codings.removed} removed, ${r.codings.alreadyPresent} already present, ${r.codings.couldNotPlace} could not be placed`,
    `Segments   ${r.segments.created} new, ${r.segments.resized} resized, ${r.segments.recoded} recoded, ${r.segments.deleted} deleted, ${r.segments.conflicts} conflicts, ${r.segments.refused} refused`,
    `Memos      ${r.memos.created} new, ${r.memos.updated} edited, ${r.memos.deleted} deleted, ${r.memos.conflicts} conflicts`,
    ...(r.assignment === null
      ? []
      : [`Session    ${r.assignment.coderName} was given ${r.assignment.documents} documents in “${r.assignment.sessionName}”`]),
    ...(r.base === 'none' ? ['Base       none known (not a coder package of this project): only additions were merged'] : []),
  ];
  for (const c of r.changes) {
    const where = c.start === null ? '' : ` ${c.documentName ?? ''} ${c.start}–${c.end}`;
    lines.push(
      `  ${c.kind.padEnd(13)}${where}${c.codeNames.length > 0 ? ` · ${c.codeNames.join(', ')}` : ''}${c.message ? ` — ${c.message}` : ''}`,
    );
  }
  for (const u of r.unplaced) {
    lines.push(`  not placed: ${u.coderName} · ${u.codeNames.join(', ')} · ${u.documentName} ${u.start}–${u.end}: ${u.message}`);
  }
  return lines;
}

export const mergeCommand = defineCommand({
  name: 'merge',
  summary: 'Merge a coder package (or another project file) back into a project',
  usage: 'gioia merge FILE OTHER [--json]',
  description:
    'Merges OTHER (typically a coder package) into FILE as one undoable step. Documents are matched by\n' +
    'content, codes by id then by name and level, coders by id then by name. For a coder package of FILE,\n' +
    'what the coder changed there since it was made (or last merged) applies: new segments, resizes,\n' +
    'codes added or removed, deletions and memo edits; a segment or memo FILE changed meanwhile too is a\n' +
    'conflict, kept for you to decide, never overwritten. Ids that name another document’s or coder’s\n' +
    'segment are refused. Any other project file only adds. Merging twice changes nothing. Codings that\n' +
    'cannot be placed (document missing, range outside the text, quote mismatch) are listed; every change\n' +
    'is listed by kind. OTHER is not changed.',
  options: { json: { type: 'boolean' } },
  optionHelp: { json: 'Print the merge report as JSON' },
  positionals: { min: 2, max: 2, names: ['FILE', 'OTHER'] },
  async run(ctx) {
    const path = projectArg(ctx.positionals[0] ?? '');
    const other = projectArg(ctx.positionals[1] ?? '');
    requireExistingFile(path);
    requireExistingFile(other);
    const report = await withProject(ctx, path, (call) => call('mergeProject', { path: other }));
    if (ctx.json) ctx.out(JSON.stringify(report, null, 2));
    else for (const line of formatMergeReport(report)) ctx.out(line);
    if (report.codings.couldNotPlace > 0) {
      ctx.err(`gioia: warning: ${report.codings.couldNotPlace} codings could not be placed (listed in the report)`);
    }
    const conflicts = report.segments.conflicts + report.memos.conflicts;
    if (conflicts > 0) ctx.err(`gioia: warning: ${conflicts} conflicts kept for you to decide in the app (Compare ▸ Merge conflicts)`);
    if (report.segments.refused > 0) ctx.err(`gioia: warning: ${report.segments.refused} segments refused (listed in the report)`);
  },
});
