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
    `Codings    ${r.codings.added} added, ${r.codings.alreadyPresent} already present, ${r.codings.couldNotPlace} could not be placed`,
  ];
  for (const u of r.unplaced) {
    lines.push(`  not placed: ${u.coderName} · ${u.codeNames.join(', ')} · ${u.documentName} ${u.start}–${u.end}: ${u.message}`);
  }
  return lines;
}

export const mergeCommand = defineCommand({
  name: 'merge',
  summary: 'Merge another project file’s codings into a project',
  usage: 'gioia merge FILE OTHER [--json]',
  description:
    'Adds the codings of OTHER (typically a coder package) to FILE as one undoable step. Documents are matched\n' +
    'by content, codes by id then by name and level, coders by id then by name. Codings already in FILE are\n' +
    'not added again, so merging twice changes nothing. Codings that cannot be placed (document missing,\n' +
    'range outside the text, quote mismatch) are listed and counted in a warning on stderr. OTHER is not changed.',
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
  },
});
