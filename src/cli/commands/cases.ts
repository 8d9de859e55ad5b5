import type { CaseRow } from '../../shared/features/sets-types';
import type { DocumentSummary } from '../../shared/types';
import { counted } from '../../core/exchange-report';
import { defineCommand, type CommandContext } from '../command';
import { usageError } from '../errors';
import { withProject, type ApiCall } from '../project-api';
import { caseNamed, documentNamed } from '../resolve';
import { many, one } from './list-options';
import { projectArg } from './project-file';

function describe(c: CaseRow, docs: readonly DocumentSummary[]) {
  return {
    id: c.id,
    name: c.name,
    documents: c.documentIds.map((d) => docs.find((x) => x.id === d)?.name ?? d),
    passages: c.segmentIds.length,
    values: c.values,
    memo: c.memo,
  };
}

export const casesCommand = defineCommand({
  name: 'cases',
  summary: 'List, create, change or delete cases (informants spanning documents)',
  usage:
    'gioia cases FILE [--create NAME | --case NAME | --delete NAME] [--add-doc NAME]... [--remove-doc NAME]... [--value ATTRIBUTE=VALUE]... [--rename NEW] [--json]',
  description:
    'A case is an informant or organisation that spans documents (two interviews with one manager),\n' +
    'with its own attribute values and memo; it travels in REFI-QDA files as <Cases> (NVivo cases).\n' +
    '--value sets one attribute value of the case (the attribute must exist; an empty value clears it).\n' +
    'gioia matrix --count cases and gioia structure --counts --cases count cases. Each change is one undo step.',
  options: {
    create: { type: 'string' },
    case: { type: 'string' },
    delete: { type: 'string' },
    'add-doc': { type: 'string', multiple: true },
    'remove-doc': { type: 'string', multiple: true },
    value: { type: 'string', multiple: true },
    rename: { type: 'string' },
    json: { type: 'boolean' },
  },
  optionHelp: {
    create: 'Create a case with this name',
    case: 'The case to change',
    delete: 'Delete this case (its documents stay)',
    'add-doc': 'A document of the case (repeatable; by name)',
    'remove-doc': 'A document to take out of the case (repeatable)',
    value: 'ATTRIBUTE=VALUE for the case (repeatable)',
    rename: 'New name for --case',
    json: 'Print the cases as JSON',
  },
  positionals: { min: 1, max: 1, names: ['FILE'] },
  async run(ctx) {
    const path = projectArg(ctx.positionals[0] ?? '');
    const [create, target, remove] = [one(ctx, 'create'), one(ctx, 'case'), one(ctx, 'delete')];
    if ([create, target, remove].filter((x) => x !== undefined).length > 1)
      throw usageError('cases: give one of --create, --case or --delete');
    const changes = ['add-doc', 'remove-doc', 'value', 'rename'].some((o) => ctx.options[o] !== undefined);
    if (changes && create === undefined && target === undefined)
      throw usageError('cases: say which case to change with --case NAME (or --create NAME)');
    const values = many(ctx, 'value').map((v) => {
      const at = v.indexOf('=');
      if (at <= 0) throw usageError(`cases: --value ${v}: write ATTRIBUTE=VALUE`);
      return { attribute: v.slice(0, at).trim(), value: v.slice(at + 1).trim() };
    });
    const cases = await withProject(ctx, path, async (call) => {
      const docs = await call('listDocuments');
      if (remove !== undefined) await call('deleteCase', { caseId: caseNamed(await call('listCases'), remove).id });
      if (create !== undefined)
        await call('createCase', { name: create, documentIds: many(ctx, 'add-doc').map((n) => documentNamed(docs, n).id) });
      const name = target ?? create;
      if (name !== undefined) await change(ctx, call, caseNamed(await call('listCases'), name), docs, values, create !== undefined);
      return (await call('listCases')).map((c) => describe(c, docs));
    });
    if (ctx.json) {
      ctx.out(JSON.stringify(cases, null, 2));
      return;
    }
    if (cases.length === 0) ctx.out('No cases.');
    for (const c of cases) {
      const values = Object.entries(c.values).map(([k, v]) => `${k}=${v}`);
      const docsPart = c.documents.length === 0 ? 'no documents' : `${counted(c.documents.length, 'document')} (${c.documents.join('; ')})`;
      ctx.out(`${c.name}: ${docsPart}${values.length > 0 ? `; ${values.join(', ')}` : ''}`);
      if (c.memo.trim() !== '') ctx.out(`  memo: ${c.memo.replace(/\s+/g, ' ').trim()}`);
    }
  },
});

async function change(
  ctx: CommandContext,
  call: ApiCall,
  c: CaseRow,
  docs: readonly DocumentSummary[],
  values: ReadonlyArray<{ attribute: string; value: string }>,
  created: boolean,
): Promise<void> {
  const rename = one(ctx, 'rename');
  if (rename !== undefined) await call('updateCase', { caseId: c.id, name: rename });
  const add = created ? [] : many(ctx, 'add-doc').map((n) => documentNamed(docs, n).id);
  const removeDocs = many(ctx, 'remove-doc').map((n) => documentNamed(docs, n).id);
  if (add.length + removeDocs.length > 0) await call('changeCaseMembers', { caseId: c.id, kind: 'document', add, remove: removeDocs });
  for (const v of values) await call('setCaseValue', { caseId: c.id, attribute: v.attribute, value: v.value });
}
