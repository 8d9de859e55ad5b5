import { defineCommand } from '../command';
import { CliError, usageError } from '../errors';
import { withProject } from '../project-api';
import { codeNamed, documentNamed } from '../resolve';
import { projectArg } from './project-file';

function list(raw: unknown): string[] {
  return Array.isArray(raw) ? (raw as string[]) : typeof raw === 'string' ? [raw] : [];
}

/** `gioia search`: the app's search, its filters, and coding the hits in one undo step. */
export const searchCommand = defineCommand({
  name: 'search',
  summary: 'Search the transcripts; optionally code every hit',
  usage:
    'gioia search FILE QUERY [--exact] [--doc NAME]... [--speaker NAME]... [--role interviewer|informant] [--attr key=value]... [--in-code NAME]... [--code NAME [--extent match|sentence|turn]] [--limit N] [--json]',
  description:
    'Finds QUERY (words, not search syntax) in every document. Case, diacritics, apostrophes,\n' +
    'quotation marks and dashes do not matter ("didn\'t" finds "didn’t", "cafe" finds "café") unless\n' +
    '--exact. --doc, --speaker, --role, --attr key=value and --in-code (hits inside codings of a code)\n' +
    'narrow it; each may be repeated. --code NAME codes every hit with the concept NAME (created if\n' +
    'new) for the active coder, as the match, its sentence or its turn (--extent), in one undo step.\n' +
    'With --json prints {query, hits: [{document, start, end, match, speaker, role, page, before,\n' +
    'after}], truncated} and, with --code, {coded, alreadyCoded, code}.',
  options: {
    exact: { type: 'boolean' },
    doc: { type: 'string', multiple: true },
    speaker: { type: 'string', multiple: true },
    role: { type: 'string', multiple: true },
    attr: { type: 'string', multiple: true },
    'in-code': { type: 'string', multiple: true },
    code: { type: 'string' },
    extent: { type: 'string' },
    limit: { type: 'string' },
    json: { type: 'boolean' },
  },
  optionHelp: {
    exact: 'Compare characters as typed (case, accents, quote marks)',
    doc: 'Only in the document NAME (repeatable)',
    speaker: 'Only what NAME says (repeatable)',
    role: 'Only what interviewers or informants say',
    attr: 'Only documents whose attribute key has value (repeatable)',
    'in-code': 'Only inside codings of the code NAME (repeatable)',
    code: 'Code every hit with the 1st-order concept NAME',
    extent: 'What --code codes: match (default), sentence or turn',
    limit: 'Hits shown at most (default 200)',
    json: 'Print the result as JSON',
  },
  positionals: { min: 2, max: 2, names: ['FILE', 'QUERY'] },
  async run(ctx) {
    const path = projectArg(ctx.positionals[0] ?? '');
    const query = ctx.positionals[1] ?? '';
    if (query.trim() === '') throw usageError('search: QUERY must not be blank');
    const roles = list(ctx.options['role']);
    for (const r of roles)
      if (r !== 'interviewer' && r !== 'informant') throw usageError(`search: --role is interviewer or informant, not "${r}"`);
    const extent = ctx.options['extent'] ?? 'match';
    if (extent !== 'match' && extent !== 'sentence' && extent !== 'turn')
      throw usageError(`search: --extent is match, sentence or turn, not "${String(extent)}"`);
    const limit = ctx.options['limit'] === undefined ? 200 : Number(ctx.options['limit']);
    if (!Number.isInteger(limit) || limit < 1 || limit > 5000) throw usageError('search: --limit is a number from 1 to 5000');
    const attributes = list(ctx.options['attr']).map((item) => {
      const eq = item.indexOf('=');
      if (eq <= 0) throw usageError(`search: --attr needs key=value, not "${item}"`);
      return { name: item.slice(0, eq), values: [item.slice(eq + 1)] };
    });
    const conceptName = ctx.options['code'];
    const outcome = await withProject(ctx, path, async (call) => {
      const documents = await call('listDocuments');
      const codes = await call('listCodes');
      const filters = {
        exact: ctx.options['exact'] === true,
        ...(list(ctx.options['doc']).length > 0
          ? { documentIds: list(ctx.options['doc']).map((n) => documentNamed(documents, n).id) }
          : {}),
        ...(list(ctx.options['speaker']).length > 0 ? { speakers: list(ctx.options['speaker']) } : {}),
        ...(roles.length > 0 ? { roles: roles as ('interviewer' | 'informant')[] } : {}),
        ...(attributes.length > 0 ? { attributes } : {}),
        ...(list(ctx.options['in-code']).length > 0 ? { codeIds: list(ctx.options['in-code']).map((n) => codeNamed(codes, n).id) } : {}),
      };
      const result = await call('searchText', { query, limit, ...filters });
      if (typeof conceptName !== 'string') return { result, coded: null };
      if (result.hits.length === 0) throw new CliError('not-found', `No hit of “${query}” to code.`);
      const existing = codes.find((c) => c.level === 'concept' && c.name.toLowerCase() === conceptName.trim().toLowerCase());
      const coded = await call('codeSearchHits', {
        query,
        ...filters,
        extent,
        ...(existing === undefined ? { conceptName } : { codeId: existing.id }),
      });
      return { result, coded: { ...coded, code: existing?.name ?? coded.createdCode?.name ?? conceptName } };
    });
    const { result, coded } = outcome;
    if (ctx.json) {
      const hits = result.hits.map((h) => ({
        document: h.documentName,
        documentId: h.documentId,
        start: h.start,
        end: h.end,
        match: h.match,
        speaker: h.speaker,
        role: h.role,
        page: h.page,
        before: h.before,
        after: h.after,
      }));
      const out = { query: result.query, hits, truncated: result.truncated };
      ctx.out(
        JSON.stringify(coded === null ? out : { ...out, coded: coded.coded, alreadyCoded: coded.alreadyCoded, code: coded.code }, null, 2),
      );
      return;
    }
    for (const h of result.hits) {
      const where = `${h.documentName}${h.page === null ? '' : ` p. ${h.page}`} ${h.start}:${h.end}${h.speaker === null ? '' : ` ${h.speaker}`}`;
      ctx.out(`${where}  …${h.before.slice(-40).replace(/\s+/g, ' ')}[${h.match}]${h.after.slice(0, 40).replace(/\s+/g, ' ')}…`);
    }
    ctx.out(
      `${result.hits.length} ${result.hits.length === 1 ? 'hit' : 'hits'}${result.truncated ? ' (more not shown; raise --limit)' : ''}.`,
    );
    if (coded !== null)
      ctx.out(`Coded ${coded.coded} with “${coded.code}”${coded.alreadyCoded > 0 ? ` (${coded.alreadyCoded} already were)` : ''}.`);
  },
});
