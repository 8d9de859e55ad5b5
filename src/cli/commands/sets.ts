import type { SetRow } from '../../shared/features/sets-types';
import type { CodeRow, DocumentSummary } from '../../shared/types';
import { counted } from '../../core/exchange-report';
import { defineCommand } from '../command';
import { usageError } from '../errors';
import { withProject, type ApiCall } from '../project-api';
import { codeNamed, documentNamed, setNamed } from '../resolve';
import { many, one } from './list-options';
import { projectArg } from './project-file';

function describe(s: SetRow, docs: readonly DocumentSummary[], codes: readonly CodeRow[]) {
  return {
    id: s.id,
    name: s.name,
    description: s.description,
    documents: s.documentIds.map((d) => docs.find((x) => x.id === d)?.name ?? d),
    codes: s.codeIds.map((c) => codes.find((x) => x.id === c)?.name ?? c),
    memos: s.memoIds.length,
  };
}

export const setsCommand = defineCommand({
  name: 'sets',
  summary: 'List, create, change or delete sets of documents and codes',
  usage:
    'gioia sets FILE [--create NAME | --set NAME | --delete NAME] [--add-doc NAME]... [--remove-doc NAME]... [--add-code NAME]... [--remove-code NAME]... [--rename NEW] [--description TEXT] [--json]',
  description:
    'A set groups documents (an interview wave, a site) or codes (those for the paper). Every output\n' +
    'command takes --doc-set NAME or --code-set NAME to show only a set; sets travel in REFI-QDA files\n' +
    'as <Sets> (MAXQDA document sets, ATLAS.ti document and code groups). --create makes a set with the\n' +
    '--add-doc and --add-code members; --set changes one. Each change is one undo step.',
  options: {
    create: { type: 'string' },
    set: { type: 'string' },
    delete: { type: 'string' },
    'add-doc': { type: 'string', multiple: true },
    'remove-doc': { type: 'string', multiple: true },
    'add-code': { type: 'string', multiple: true },
    'remove-code': { type: 'string', multiple: true },
    rename: { type: 'string' },
    description: { type: 'string' },
    json: { type: 'boolean' },
  },
  optionHelp: {
    create: 'Create a set with this name',
    set: 'The set to change',
    delete: 'Delete this set (its documents and codes stay)',
    'add-doc': 'A document to add (repeatable; by name)',
    'remove-doc': 'A document to take out (repeatable)',
    'add-code': 'A code to add (repeatable; by name, any level)',
    'remove-code': 'A code to take out (repeatable)',
    rename: 'New name for --set',
    description: 'Description of the set',
    json: 'Print the sets as JSON',
  },
  positionals: { min: 1, max: 1, names: ['FILE'] },
  async run(ctx) {
    const path = projectArg(ctx.positionals[0] ?? '');
    const [create, target, remove] = [one(ctx, 'create'), one(ctx, 'set'), one(ctx, 'delete')];
    if ([create, target, remove].filter((x) => x !== undefined).length > 1)
      throw usageError('sets: give one of --create, --set or --delete');
    const changes = ['add-doc', 'remove-doc', 'add-code', 'remove-code', 'rename', 'description'].some((o) => ctx.options[o] !== undefined);
    if (changes && create === undefined && target === undefined)
      throw usageError('sets: say which set to change with --set NAME (or --create NAME)');
    const sets = await withProject(ctx, path, async (call) => {
      const [docs, codes] = await Promise.all([call('listDocuments'), call('listCodes', {})]);
      if (remove !== undefined) await call('deleteSet', { setId: setNamed(await call('listSets'), remove).id });
      if (create !== undefined) {
        const description = one(ctx, 'description');
        await call('createSet', {
          name: create,
          ...(description !== undefined ? { description } : {}),
          documentIds: many(ctx, 'add-doc').map((n) => documentNamed(docs, n).id),
          codeIds: many(ctx, 'add-code').map((n) => codeNamed(codes, n).id),
        });
      }
      if (target !== undefined) await change(ctx, call, setNamed(await call('listSets'), target), docs, codes);
      return (await call('listSets')).map((s) => describe(s, docs, codes));
    });
    if (ctx.json) {
      ctx.out(JSON.stringify(sets, null, 2));
      return;
    }
    if (sets.length === 0) ctx.out('No sets.');
    for (const s of sets) {
      const parts = [
        s.documents.length > 0 ? `${counted(s.documents.length, 'document')} (${s.documents.join('; ')})` : '',
        s.codes.length > 0 ? `${counted(s.codes.length, 'code')} (${s.codes.join('; ')})` : '',
        s.memos > 0 ? counted(s.memos, 'memo') : '',
      ].filter((p) => p !== '');
      ctx.out(`${s.name}: ${parts.length === 0 ? 'empty' : parts.join(', ')}`);
    }
  },
});

async function change(
  ctx: Parameters<typeof many>[0],
  call: ApiCall,
  set: SetRow,
  docs: readonly DocumentSummary[],
  codes: readonly CodeRow[],
): Promise<void> {
  const rename = one(ctx, 'rename');
  const description = one(ctx, 'description');
  if (rename !== undefined || description !== undefined) {
    await call('updateSet', {
      setId: set.id,
      ...(rename !== undefined ? { name: rename } : {}),
      ...(description !== undefined ? { description } : {}),
    });
  }
  const [addDocs, removeDocs] = [many(ctx, 'add-doc'), many(ctx, 'remove-doc')].map((names) => names.map((n) => documentNamed(docs, n).id));
  if ((addDocs ?? []).length + (removeDocs ?? []).length > 0)
    await call('changeSetMembers', { setId: set.id, kind: 'document', add: addDocs ?? [], remove: removeDocs ?? [] });
  const [addCodes, removeCodes] = [many(ctx, 'add-code'), many(ctx, 'remove-code')].map((names) =>
    names.map((n) => codeNamed(codes, n).id),
  );
  if ((addCodes ?? []).length + (removeCodes ?? []).length > 0)
    await call('changeSetMembers', { setId: set.id, kind: 'code', add: addCodes ?? [], remove: removeCodes ?? [] });
}
