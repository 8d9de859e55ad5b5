import type { Disagreement } from '../../shared/features/comparison-types';
import type { CodeRow } from '../../shared/types';
import type { CommandContext } from '../command';
import { defineCommand } from '../command';
import { usageError } from '../errors';
import type { ApiCall } from '../project-api';
import { withProject } from '../project-api';
import { codeNamed, coderNamed, sessionNamed } from '../resolve';
import { projectArg } from './project-file';

export interface PairChoice {
  readonly coderA: string;
  readonly coderB: string;
  readonly codes: readonly CodeRow[];
  readonly unit: 'char' | 'segment';
  readonly overlap: number;
  readonly sessionId: string | undefined;
}

/** The options `disagreements` and `resolve` share: the two coders, the code(s), unit and session. */
export const PAIR_OPTIONS = {
  coders: { type: 'string' },
  code: { type: 'string' },
  unit: { type: 'string' },
  overlap: { type: 'string' },
  session: { type: 'string' },
} as const;

export const PAIR_HELP = {
  coders: 'The two coders, A,B (names)',
  code: 'Only this code (default: every code either coder applied)',
  unit: 'segment (default): segments overlapping by --overlap agree; char: the same characters',
  overlap: 'Minimum overlap for --unit segment, 0 to 1 (default 0.9)',
  session: 'Only the documents this session gave both coders',
} as const;

export async function pairChoice(ctx: CommandContext, call: ApiCall): Promise<PairChoice> {
  const names =
    typeof ctx.options['coders'] === 'string'
      ? ctx.options['coders']
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : [];
  if (names.length !== 2) throw usageError('--coders needs exactly two coder names, A,B');
  const unit = ctx.options['unit'] ?? 'segment';
  if (unit !== 'char' && unit !== 'segment') throw usageError('--unit must be char or segment');
  const overlap = ctx.options['overlap'] === undefined ? 0.9 : Number(ctx.options['overlap']);
  if (!(overlap >= 0 && overlap <= 1)) throw usageError('--overlap must be a number from 0 to 1');
  const [coders, codes] = await Promise.all([call('listCoders'), call('listCodes')]);
  const [a, b] = names.map((n) => coderNamed(coders, n));
  const code = typeof ctx.options['code'] === 'string' ? codeNamed(codes, ctx.options['code']) : undefined;
  const sessionName = typeof ctx.options['session'] === 'string' ? ctx.options['session'] : undefined;
  const sessionId = sessionName === undefined ? undefined : sessionNamed(await call('listSessions'), sessionName).id;
  const used = code === undefined ? codes.filter((c) => c.segmentCount > 0) : [code];
  return { coderA: a?.id ?? '', coderB: b?.id ?? '', codes: used, unit, overlap, sessionId };
}

/** Every disagreement of the pair, code by code in codebook order. */
export async function disagreementsOf(call: ApiCall, pair: PairChoice): Promise<{ code: CodeRow; item: Disagreement }[]> {
  const out: { code: CodeRow; item: Disagreement }[] = [];
  for (const code of pair.codes) {
    const list = await call('listDisagreements', {
      coderA: pair.coderA,
      coderB: pair.coderB,
      codeId: code.id,
      unit: pair.unit,
      overlap: pair.overlap,
      ...(pair.sessionId ? { sessionId: pair.sessionId } : {}),
    });
    for (const item of list) out.push({ code, item });
  }
  return out;
}

export const disagreementsCommand = defineCommand({
  name: 'disagreements',
  summary: 'List where two coders disagree, per code, for review or scripted resolution',
  usage: 'gioia disagreements FILE --coders A,B [--code NAME] [--unit segment|char] [--overlap 0.9] [--session NAME] [--json]',
  description:
    'Lists each passage where coders A and B disagree on a code (one coded it and the other did not, or\n' +
    'their segments overlap too little), with both coders’ quotes and what the consensus coder already\n' +
    'has there. The id of each disagreement is what "gioia resolve --id" takes.',
  options: { ...PAIR_OPTIONS, json: { type: 'boolean' } },
  optionHelp: { ...PAIR_HELP, json: 'Print the disagreements as JSON' },
  positionals: { min: 1, max: 1, names: ['FILE'] },
  async run(ctx) {
    const path = projectArg(ctx.positionals[0] ?? '');
    const list = await withProject(ctx, path, async (call) => disagreementsOf(call, await pairChoice(ctx, call)));
    if (ctx.json) {
      ctx.out(
        JSON.stringify(
          list.map(({ code, item }) => ({ code: code.name, ...item })),
          null,
          2,
        ),
      );
      return;
    }
    if (list.length === 0) ctx.out('No disagreements.');
    for (const { code, item } of list) {
      const side = (refs: Disagreement['a']) => (refs.length === 0 ? '—' : refs.map((r) => `“${r.quote}”`).join(' '));
      ctx.out(`${item.id}  ${code.name} · ${item.documentName} ${item.start}–${item.end}${item.consensus.length > 0 ? ' · resolved' : ''}`);
      ctx.out(`    A: ${side(item.a)}`);
      ctx.out(`    B: ${side(item.b)}`);
    }
  },
});
