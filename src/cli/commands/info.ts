import { defineCommand } from '../command';
import { withProject } from '../project-api';
import { projectArg } from './project-file';
import { printSummary } from './summary-output';

export const infoCommand = defineCommand({
  name: 'info',
  summary: 'Show what a project file contains',
  usage: 'gioia info FILE [--json]',
  description:
    'Prints the counts of documents, codes per Gioia level, coded segments, codings, coders and memos.\n' +
    'With --json prints the project summary as one JSON object with a stable key order.',
  options: { json: { type: 'boolean' } },
  optionHelp: { json: 'Print the project summary as JSON' },
  positionals: { min: 1, max: 1, names: ['FILE'] },
  async run(ctx) {
    const path = projectArg(ctx.positionals[0] ?? '');
    const summary = await withProject(ctx, path, (call) => call('getProjectSummary'));
    printSummary(ctx, summary);
  },
});
