import type { DocumentContent } from '../../shared/types';
import { formatTimecode } from '../../core/timecodes';
import { defineCommand } from '../command';
import { CliError, usageError } from '../errors';
import { withProject, type ApiCall } from '../project-api';
import { documentNamed } from '../resolve';
import { projectArg } from './project-file';

/** `gioia turns`: list a document's speaker turns and correct them, each change one undo step. */
export const turnsCommand = defineCommand({
  name: 'turns',
  summary: "List or correct a document's speaker turns",
  usage: 'gioia turns FILE --doc NAME [--merge N | --split OFFSET [--speaker NAME] | --set-speaker N NAME | --no-speaker N] [--json]',
  description:
    'Lists the turns of document NAME, numbered from 1, with their speaker, role, time and range.\n' +
    '--merge N joins turn N to the turn before it; --split OFFSET splits the turn holding that offset\n' +
    '(UTF-16 units, as listed) there, the new turn going to --speaker NAME or the same speaker;\n' +
    '--set-speaker N NAME gives turn N a speaker, --no-speaker N takes it away (its label then reads as\n' +
    'words). Turns are ranges over the stored text: no correction moves a coding. With --json prints\n' +
    '{turns: [{n, start, end, textStart, speaker, role, startMs, endMs, words}]} after the change.',
  options: {
    doc: { type: 'string' },
    merge: { type: 'string' },
    split: { type: 'string' },
    speaker: { type: 'string' },
    'set-speaker': { type: 'string' },
    'no-speaker': { type: 'string' },
    json: { type: 'boolean' },
  },
  optionHelp: {
    doc: 'Name of the document',
    merge: 'Join turn N to the one before',
    split: 'Split the turn holding OFFSET at that offset',
    speaker: 'Speaker of the new turn (with --split)',
    'set-speaker': 'Give turn N the speaker NAME (N NAME)',
    'no-speaker': 'Take the speaker away from turn N',
    json: 'Print the turns as JSON',
  },
  positionals: { min: 1, max: 2, names: ['FILE', 'NAME'] },
  async run(ctx) {
    const path = projectArg(ctx.positionals[0] ?? '');
    const name = ctx.options['doc'];
    if (typeof name !== 'string' || name === '') throw usageError('turns: --doc NAME is required');
    const doc = await withProject(ctx, path, async (call) => {
      const { id } = documentNamed(await call('listDocuments'), name);
      const before = await call('getDocument', { documentId: id });
      await correct(call, ctx.options, ctx.positionals[1], before);
      return call('getDocument', { documentId: id });
    });
    const rows = doc.turns.map((t, i) => ({
      n: i + 1,
      start: t.start,
      end: t.end,
      textStart: t.textStart,
      speaker: t.speaker,
      role: t.speaker === null ? null : (doc.roles[t.speaker] ?? null),
      startMs: t.startMs,
      endMs: t.endMs,
      words: doc.text.slice(t.textStart, t.end),
    }));
    if (ctx.json) return void ctx.out(JSON.stringify({ turns: rows }, null, 2));
    for (const r of rows) {
      const time = r.startMs === null ? '' : ` ${formatTimecode(r.startMs)}`;
      const flat = r.words.replace(/\s+/g, ' ');
      ctx.out(
        `${String(r.n).padStart(4)}  ${String(r.start).padStart(7)}  ${(r.speaker ?? '—').padEnd(16)}${time}  ${flat.length > 80 ? `${flat.slice(0, 79)}…` : flat}`,
      );
    }
  },
});

function turnNumber(doc: DocumentContent, raw: unknown, option: string): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > doc.turns.length) {
    throw new CliError('invalid-arguments', `turns: --${option} needs a turn number from 1 to ${doc.turns.length}, not "${String(raw)}"`);
  }
  return n;
}

async function correct(
  call: ApiCall,
  options: Readonly<Record<string, unknown>>,
  second: string | undefined,
  doc: DocumentContent,
): Promise<void> {
  const given = ['merge', 'split', 'set-speaker', 'no-speaker'].filter((o) => options[o] !== undefined);
  if (given.length > 1) throw usageError(`turns: give one of --${given.join(', --')}`);
  const documentId = doc.id;
  const at = (option: string) => doc.turns[turnNumber(doc, options[option], option) - 1]!.textStart;
  if (options['merge'] !== undefined) await call('mergeTurn', { documentId, at: at('merge') });
  else if (options['split'] !== undefined) {
    const offset = Number(options['split']);
    if (!Number.isInteger(offset) || offset < 0) throw usageError(`turns: --split needs an offset, not "${String(options['split'])}"`);
    const speaker = options['speaker'];
    await call('splitTurn', { documentId, at: offset, ...(typeof speaker === 'string' ? { speaker } : {}) });
  } else if (options['set-speaker'] !== undefined) {
    if (second === undefined || second.trim() === '') throw usageError('turns: --set-speaker N NAME needs the speaker NAME');
    await call('setTurnSpeaker', { documentId, at: at('set-speaker'), speaker: second });
  } else if (options['no-speaker'] !== undefined) await call('setTurnSpeaker', { documentId, at: at('no-speaker'), speaker: null });
}
