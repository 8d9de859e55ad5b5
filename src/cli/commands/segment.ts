import { defineCommand } from '../command';
import { CliError, usageError } from '../errors';
import { withProject } from '../project-api';
import { codeNamed } from '../resolve';
import { projectArg } from './project-file';
import { segmentJson } from './segments';

function parseRange(text: string): { start: number; end: number } {
  const m = /^(\d+):(\d+)$/.exec(text.trim());
  if (m === null) throw usageError(`segment: --range must be START:END (UTF-16 offsets), not "${text}"`);
  return { start: Number(m[1]), end: Number(m[2]) };
}

export const segmentCommand = defineCommand({
  name: 'segment',
  summary: 'Resize, recode or delete one coded segment by id',
  usage: 'gioia segment FILE ID (--range START:END | --add-code NAME | --remove-code NAME | --delete) [--json]',
  description:
    'Changes the segment with id ID (as listed by "gioia segments"): --range moves its boundaries (UTF-16\n' +
    'offsets, end exclusive; the quote is cut again from the text); --add-code applies an existing code;\n' +
    '--remove-code takes one off (a segment left without codes is deleted); --delete deletes it. Each is\n' +
    'one undo step in the app. Prints the segment as it is afterwards (nothing after --delete).',
  options: {
    range: { type: 'string' },
    'add-code': { type: 'string' },
    'remove-code': { type: 'string' },
    delete: { type: 'boolean' },
    json: { type: 'boolean' },
  },
  optionHelp: {
    range: 'New boundaries START:END',
    'add-code': 'Apply this code (by name)',
    'remove-code': 'Remove this code (by name)',
    delete: 'Delete the segment',
    json: 'Print the segment as JSON',
  },
  positionals: { min: 2, max: 2, names: ['FILE', 'ID'] },
  async run(ctx) {
    const path = projectArg(ctx.positionals[0] ?? '');
    const id = ctx.positionals[1] ?? '';
    const range = typeof ctx.options['range'] === 'string' ? parseRange(ctx.options['range']) : undefined;
    const add = typeof ctx.options['add-code'] === 'string' ? ctx.options['add-code'] : undefined;
    const remove = typeof ctx.options['remove-code'] === 'string' ? ctx.options['remove-code'] : undefined;
    const del = ctx.options['delete'] === true;
    const given = [range !== undefined, add !== undefined, remove !== undefined, del].filter(Boolean).length;
    if (given !== 1) throw usageError('segment: give exactly one of --range, --add-code, --remove-code or --delete');
    const after = await withProject(ctx, path, async (call) => {
      const codes = await call('listCodes');
      let segment;
      if (range !== undefined) segment = await call('resizeSegment', { segmentId: id, ...range });
      else if (add !== undefined) segment = await call('applyCode', { segmentId: id, codeId: codeNamed(codes, add).id });
      else if (remove !== undefined) segment = await call('removeCode', { segmentId: id, codeId: codeNamed(codes, remove).id });
      else segment = await call('deleteSegment', { segmentId: id });
      if (segment === null) return null;
      const [docs, coders] = await Promise.all([call('listDocuments'), call('listCoders')]);
      return segmentJson(segment, docs, codes, coders);
    }).catch((e: unknown) => {
      // The API says "invalid arguments" for a malformed id; say which argument.
      if (e instanceof CliError && e.code === 'invalid-arguments' && e.message.includes('segmentId')) {
        throw new CliError('invalid-arguments', `${path}: "${id}" is not a segment id (see gioia segments)`);
      }
      throw e;
    });
    if (ctx.json) {
      ctx.out(JSON.stringify(after, null, 2));
      return;
    }
    ctx.out(
      after === null
        ? `Deleted segment ${id}`
        : `${after.id}  ${after.document} ${after.start}–${after.end} [${after.coder}] “${after.quote}” — ${after.codes.join(', ')}`,
    );
  },
});
