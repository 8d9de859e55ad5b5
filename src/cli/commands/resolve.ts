import type { Resolution } from '../../shared/features/comparison-types';
import { defineCommand } from '../command';
import { usageError } from '../errors';
import { withProject } from '../project-api';
import { disagreementsOf, pairChoice, PAIR_HELP, PAIR_OPTIONS } from './disagreements';
import { projectArg } from './project-file';

const TAKE: Readonly<Record<string, Resolution['kind']>> = { a: 'acceptA', b: 'acceptB', union: 'union', intersection: 'intersection' };

export const resolveCommand = defineCommand({
  name: 'resolve',
  summary: 'Resolve disagreements of two coders into the consensus coder',
  usage: 'gioia resolve FILE --coders A,B (--id ID | --all) (--take a|b|union|intersection | --range START:END) [--code NAME] [--json]',
  description:
    'Writes the consensus coder’s coding of a disagreement (as listed by "gioia disagreements"): --take a\n' +
    'or b accepts one coder’s ranges, union or intersection combines them, --range sets the range by\n' +
    'hand (UTF-16 offsets). --all resolves every listed disagreement the same way. Resolving again\n' +
    'replaces the earlier resolution; each resolution is one undo step. The consensus coder is created\n' +
    'on first use; "--consensus" on the output commands then shows the consensus layer.',
  options: {
    ...PAIR_OPTIONS,
    id: { type: 'string' },
    all: { type: 'boolean' },
    take: { type: 'string' },
    range: { type: 'string' },
    json: { type: 'boolean' },
  },
  optionHelp: {
    ...PAIR_HELP,
    id: 'The disagreement to resolve (its id from "gioia disagreements")',
    all: 'Resolve every disagreement listed with the same rule',
    take: 'a, b, union or intersection',
    range: 'START:END for a hand-edited consensus range (with --id only)',
    json: 'Print what was resolved as JSON',
  },
  positionals: { min: 1, max: 1, names: ['FILE'] },
  async run(ctx) {
    const path = projectArg(ctx.positionals[0] ?? '');
    const id = typeof ctx.options['id'] === 'string' ? ctx.options['id'] : undefined;
    const all = ctx.options['all'] === true;
    if ((id !== undefined) === all) throw usageError('resolve: give --id ID or --all');
    const take = ctx.options['take'];
    const range = typeof ctx.options['range'] === 'string' ? /^(\d+):(\d+)$/.exec(ctx.options['range']) : undefined;
    if (range === null) throw usageError('resolve: --range must be START:END');
    if ((take !== undefined) === (range !== undefined)) throw usageError('resolve: give --take or --range');
    if (range !== undefined && all) throw usageError('resolve: --range resolves one disagreement (--id)');
    if (take !== undefined && (typeof take !== 'string' || TAKE[take] === undefined))
      throw usageError('resolve: --take must be a, b, union or intersection');
    const resolution: Resolution =
      range !== undefined
        ? { kind: 'edit', start: Number(range[1]), end: Number(range[2]) }
        : ({ kind: TAKE[take as string] } as Resolution);
    const done = await withProject(ctx, path, async (call) => {
      const pair = await pairChoice(ctx, call);
      const list = (await disagreementsOf(call, pair)).filter(({ item }) => all || item.id === id);
      if (list.length === 0) throw usageError(`resolve: no disagreement ${id ?? ''} between these coders (see gioia disagreements)`);
      const out = [];
      for (const { code, item } of list) {
        const r = await call('resolveDisagreement', {
          coderA: pair.coderA,
          coderB: pair.coderB,
          codeId: code.id,
          documentId: item.documentId,
          start: item.start,
          end: item.end,
          resolution,
        });
        out.push({ id: item.id, code: code.name, document: item.documentName, ranges: r.ranges });
      }
      return out;
    });
    if (ctx.json) ctx.out(JSON.stringify(done, null, 2));
    else
      for (const d of done)
        ctx.out(`Resolved ${d.id} (${d.code}, ${d.document}): ${d.ranges.map((r) => `${r.start}–${r.end}`).join(', ') || 'no coding'}`);
  },
});
