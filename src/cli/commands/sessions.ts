import type { ComparisonSession } from '../../shared/features/comparison-types';
import type { CoderRow, DocumentSummary } from '../../shared/types';
import type { CommandContext } from '../command';
import { defineCommand } from '../command';
import { usageError } from '../errors';
import { withProject } from '../project-api';
import { coderNamed, documentNamed, sessionNamed } from '../resolve';
import { projectArg } from './project-file';

function many(ctx: CommandContext, name: string): string[] {
  const raw = ctx.options[name] as unknown;
  return Array.isArray(raw) ? (raw as string[]) : typeof raw === 'string' ? [raw] : [];
}

function describe(s: ComparisonSession, coders: readonly CoderRow[], docs: readonly DocumentSummary[]) {
  return {
    id: s.id,
    name: s.name,
    coders: s.coders.map((c) => ({
      coder: coders.find((k) => k.id === c.coderId)?.name ?? c.coderId,
      documents: c.documentIds.map((d) => docs.find((x) => x.id === d)?.name ?? d),
    })),
  };
}

export const sessionsCommand = defineCommand({
  name: 'sessions',
  summary: 'List, create, change or delete inter-coder comparison sessions',
  usage:
    'gioia sessions FILE [--create NAME --coder A --coder B [--doc NAME]... | --session NAME --assign CODER [--doc NAME]... | --delete NAME] [--json]',
  description:
    'A session names the coders of a comparison and the documents each was given; agreement with\n' +
    '--session compares over the documents given to every compared coder, so a coder who coded nothing\n' +
    'in a document they were given disagrees with one who coded there. --create makes a session with\n' +
    'the --coder names, each given the --doc documents (every document when none is named). --assign\n' +
    'gives one coder of --session exactly the --doc documents (adding the coder when new). Coder\n' +
    'packages made for a session record their documents there too. Each change is one undo step.',
  options: {
    create: { type: 'string' },
    session: { type: 'string' },
    assign: { type: 'string' },
    delete: { type: 'string' },
    coder: { type: 'string', multiple: true },
    doc: { type: 'string', multiple: true },
    json: { type: 'boolean' },
  },
  optionHelp: {
    create: 'Create a session with this name',
    session: 'The session --assign changes',
    assign: 'Give this coder exactly the --doc documents in --session',
    delete: 'Delete this session (the codings stay)',
    coder: 'A coder of the new session (repeatable)',
    doc: 'A document given to the coders (repeatable; default every document)',
    json: 'Print the sessions as JSON',
  },
  positionals: { min: 1, max: 1, names: ['FILE'] },
  async run(ctx) {
    const path = projectArg(ctx.positionals[0] ?? '');
    const opt = (name: string) => (typeof ctx.options[name] === 'string' ? ctx.options[name] : undefined);
    const create = opt('create');
    const assign = opt('assign');
    const remove = opt('delete');
    if ([create, assign, remove].filter((x) => x !== undefined).length > 1)
      throw usageError('sessions: give one of --create, --assign or --delete');
    if (assign !== undefined && opt('session') === undefined) throw usageError('sessions: --assign needs --session NAME');
    if (create !== undefined && many(ctx, 'coder').length < 2) throw usageError('sessions: --create needs at least two --coder names');
    const sessions = await withProject(ctx, path, async (call) => {
      const [coders, docs, existing] = await Promise.all([call('listCoders'), call('listDocuments'), call('listSessions')]);
      const docNames = many(ctx, 'doc');
      const documentIds = (docNames.length === 0 ? docs : docNames.map((n) => documentNamed(docs, n))).map((d) => d.id);
      if (create !== undefined) {
        await call('saveSession', {
          name: create,
          coders: many(ctx, 'coder').map((n) => ({ coderId: coderNamed(coders, n).id, documentIds })),
        });
      } else if (assign !== undefined) {
        const session = sessionNamed(existing, opt('session') ?? '');
        const coder = coderNamed(coders, assign);
        const others = session.coders
          .filter((c) => c.coderId !== coder.id)
          .map((c) => ({ coderId: c.coderId, documentIds: [...c.documentIds] }));
        await call('saveSession', { sessionId: session.id, name: session.name, coders: [...others, { coderId: coder.id, documentIds }] });
      } else if (remove !== undefined) {
        await call('deleteSession', { sessionId: sessionNamed(existing, remove).id });
      }
      return (await call('listSessions')).map((s) => describe(s, coders, docs));
    });
    if (ctx.json) {
      ctx.out(JSON.stringify(sessions, null, 2));
      return;
    }
    if (sessions.length === 0) ctx.out('No sessions.');
    for (const s of sessions) {
      ctx.out(s.name);
      for (const c of s.coders)
        ctx.out(`  ${c.coder}: ${c.documents.length} documents${c.documents.length > 0 ? ` (${c.documents.join('; ')})` : ''}`);
    }
  },
});
