import { defineCommand } from '../command';
import { withProject } from '../project-api';
import { projectArg } from './project-file';

export const documentsCommand = defineCommand({
  name: 'documents',
  summary: "List a project's documents",
  usage: 'gioia documents FILE [--json]',
  description:
    'Lists every document with its number of speaker turns, length in characters (UTF-16 units) and\n' +
    'attributes. With --json prints an array of {name, id, sha256, length, turns, sourceFormat,\n' +
    'importedAt, attributes}.',
  options: { json: { type: 'boolean' } },
  optionHelp: { json: 'Print the documents as JSON' },
  positionals: { min: 1, max: 1, names: ['FILE'] },
  async run(ctx) {
    const path = projectArg(ctx.positionals[0] ?? '');
    const docs = await withProject(ctx, path, (call) => call('listDocuments'));
    if (ctx.json) {
      const rows = docs.map((d) => ({
        name: d.name,
        id: d.id,
        sha256: d.sha256,
        length: d.length,
        turns: d.turnCount,
        sourceFormat: d.sourceFormat,
        importedAt: d.importedAt,
        attributes: d.attributes,
      }));
      ctx.out(JSON.stringify(rows, null, 2));
      return;
    }
    if (docs.length === 0) return void ctx.out('No documents.');
    const width = Math.max(...docs.map((d) => d.name.length), 8) + 2;
    ctx.out(`${'Document'.padEnd(width)}${'Turns'.padStart(6)}${'Length'.padStart(10)}  Attributes`);
    for (const d of docs) {
      const attrs = Object.entries(d.attributes)
        .map(([k, v]) => `${k}=${v}`)
        .join(', ');
      ctx.out(`${d.name.padEnd(width)}${String(d.turnCount).padStart(6)}${String(d.length).padStart(10)}  ${attrs}`);
    }
  },
});
