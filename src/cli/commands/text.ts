import { defineCommand } from '../command';
import { usageError } from '../errors';
import { withProject } from '../project-api';
import { documentNamed } from '../resolve';
import { projectArg } from './project-file';

export const textCommand = defineCommand({
  name: 'text',
  summary: "Print a document's stored text exactly",
  usage: 'gioia text FILE --doc NAME',
  description:
    'Writes the verbatim text of the document named NAME to stdout as UTF-8, byte for byte as stored\n' +
    '(line endings are \\n; no newline is added). Fails if no document or several documents have NAME.',
  options: { doc: { type: 'string' } },
  optionHelp: { doc: 'Name of the document (as listed by "gioia documents")' },
  positionals: { min: 1, max: 1, names: ['FILE'] },
  async run(ctx) {
    const path = projectArg(ctx.positionals[0] ?? '');
    const name = ctx.options['doc'];
    if (typeof name !== 'string' || name === '') throw usageError('text: --doc NAME is required');
    const text = await withProject(ctx, path, async (call) => {
      const doc = documentNamed(await call('listDocuments'), name);
      return (await call('getDocument', { documentId: doc.id })).text;
    });
    // Straight to the stream: ctx.out would append a newline, and the output must be the text alone.
    await new Promise<void>((done, fail) => process.stdout.write(text, 'utf8', (e) => (e ? fail(e) : done())));
  },
});
