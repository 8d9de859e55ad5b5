import { SATURATION_FORMATS, type SaturationOrder } from '../../shared/features/trail-types';
import type { CommandContext } from '../command';
import { defineCommand } from '../command';
import { CliError, usageError } from '../errors';
import { withProject, type ApiCall } from '../project-api';
import { CODER_FILTER_HELP, CODER_FILTER_OPTIONS, checkCoderFilter, coderFilterOf } from './coder-filter';
import { outputFormat, writeExport } from './export-output';
import { projectArg } from './project-file';

function orderOf(ctx: CommandContext): SaturationOrder {
  const raw = ctx.options.order;
  if (raw === undefined || raw === 'coded') return 'coded';
  if (raw === 'import') return 'import';
  if (typeof raw === 'string' && raw.startsWith('attribute:') && raw.slice('attribute:'.length).trim() !== '')
    return { attribute: raw.slice('attribute:'.length).trim() };
  throw usageError('--order must be coded, import or attribute:NAME');
}

export const saturationCommand = defineCommand({
  name: 'saturation',
  summary: 'New 1st-order concepts per document and the point after which documents added none',
  usage:
    'gioia saturation FILE [--order coded|import|attribute:NAME] [--json | --format csv|svg|png|pdf|json [-o OUT]] [--coder NAME]... [--consensus]',
  description:
    'A 1st-order concept is new in a document when that document is the first, in the chosen order,\n' +
    'with a coding of it by the coders shown. The curve counts the distinct concepts found after each\n' +
    'document; the saturation point is the last document that added one. Documents without codings are\n' +
    'left out; ties in the order are broken by import order. Computed from the event log at its end.\n' +
    'Without --format, prints the curve per document (or, with --json, the whole result with a curve per theme).',
  options: {
    json: { type: 'boolean' },
    order: { type: 'string' },
    at: { type: 'string' },
    format: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
    ...CODER_FILTER_OPTIONS,
  },
  optionHelp: {
    json: 'Print the whole result (curves per theme, definition) as JSON',
    order: 'coded (first coding, default), import, or attribute:NAME (e.g. attribute:date)',
    at: 'A milestone’s name: the curve as it was there (default the end of the log)',
    format: SATURATION_FORMATS.join(', '),
    out: 'Write to this file (required for png, pdf)',
    ...CODER_FILTER_HELP,
  },
  positionals: { min: 1, max: 1, names: ['FILE'] },
  async run(ctx) {
    const order = orderOf(ctx);
    const exporting = ctx.options.format !== undefined;
    const target = exporting ? outputFormat(ctx, SATURATION_FORMATS) : null;
    const path = projectArg(ctx.positionals[0] ?? '');
    checkCoderFilter(ctx);
    const at = typeof ctx.options.at === 'string' ? ctx.options.at : undefined;
    const seqOf = async (call: ApiCall) => {
      if (at === undefined) return {};
      const milestone = (await call('getTrailTimeline', {})).milestones.find((m) => m.name === at.trim());
      if (milestone === undefined) throw new CliError('not-found', `No milestone named “${at}”.`);
      return { seq: milestone.seq };
    };
    if (target !== null) {
      const file = await withProject(ctx, path, async (call) => {
        const filter = await coderFilterOf(ctx, call);
        return call('exportSaturation', {
          ...(await seqOf(call)),
          order,
          format: target.format as (typeof SATURATION_FORMATS)[number],
          ...(filter ? { filter } : {}),
        });
      });
      writeExport(ctx, file, target.out);
      return;
    }
    const result = await withProject(ctx, path, async (call) => {
      const filter = await coderFilterOf(ctx, call);
      return call('getSaturation', { order, ...(await seqOf(call)), ...(filter ? { filter } : {}) });
    });
    if (ctx.json) {
      ctx.out(JSON.stringify(result, null, 2));
      return;
    }
    ctx.out(`Order: ${result.order}.`);
    result.overall.steps.forEach((s, i) =>
      ctx.out(
        `${String(i + 1).padStart(3)}  ${s.name}  +${s.newConcepts.length}  = ${s.cumulative}${s.newConcepts.length > 0 ? `  (${s.newConcepts.map((c) => c.name).join('; ')})` : ''}`,
      ),
    );
    const last = result.overall.lastNewIndex;
    ctx.out(
      last === null
        ? 'No document added a concept.'
        : `Saturation point: document ${last + 1} (${result.overall.steps[last]?.name ?? ''}); ${result.overall.documentsSinceLastNew} document${result.overall.documentsSinceLastNew === 1 ? '' : 's'} after it added no new concept.`,
    );
    if (result.leftOut.length > 0) ctx.out(`Left out (nothing coded): ${result.leftOut.join('; ')}.`);
    ctx.out(`Definition: ${result.definition}`);
  },
});
