import { z } from 'zod';
import { channel, type ChannelSpec } from '../channel-spec';
import { caseId, codeId, documentId, name, none, relationId, setId, uuid } from '../schemas';
import type { CaseRow, RelationRow, SetRow } from './sets-types';

const MAX_MEMBERS = 20_000;
/** Members of a kind the params name (documents, codes, memos or passages). */
const ids = z.array(uuid).max(MAX_MEMBERS);
const documentIds = z.array(documentId).max(MAX_MEMBERS);
const codeIds = z.array(codeId).max(MAX_MEMBERS);
const end = z.object({ kind: z.enum(['code', 'segment', 'document', 'memo', 'case', 'set']), id: uuid }).strict();

/**
 * Sets (of documents, codes, memos), cases (informants spanning documents, with attribute values
 * and a memo: saveMemo with targetKind 'case') and relations (links between codes, quotations and
 * the rest), each change one undo step. A set filters every view through the coder filter's
 * `documentSetId` and `codeSetId`.
 */
export const setsContract = {
  listSets: channel<SetRow[]>()(none),
  createSet: channel<SetRow>()(
    z
      .object({ name, description: z.string().max(100_000).optional(), documentIds: documentIds.optional(), codeIds: codeIds.optional() })
      .strict(),
  ),
  /** Name, description and, when given, the whole list of documents or codes, in one undo step (the set dialog's Save). */
  updateSet: channel<SetRow>()(
    z
      .object({
        setId: setId,
        name: name.optional(),
        description: z.string().max(100_000).optional(),
        documentIds: documentIds.optional(),
        codeIds: codeIds.optional(),
      })
      .strict(),
  ),
  deleteSet: channel<null>()(z.object({ setId: setId }).strict()),
  /** Adds and removes members of one kind; members already in (or out) stay as they are. */
  changeSetMembers: channel<SetRow>()(
    z.object({ setId: setId, kind: z.enum(['document', 'code', 'memo']), add: ids.optional(), remove: ids.optional() }).strict(),
  ),
  listCases: channel<CaseRow[]>()(none),
  createCase: channel<CaseRow>()(z.object({ name, documentIds: documentIds.optional() }).strict()),
  /** Name and, when given, the whole list of documents and some attribute values ('' clears), in one undo step (the case dialog's Save). */
  updateCase: channel<CaseRow>()(
    z
      .object({
        caseId: caseId,
        name: name.optional(),
        documentIds: documentIds.optional(),
        values: z.record(name, z.string().max(10_000)).optional(),
      })
      .strict(),
  ),
  deleteCase: channel<null>()(z.object({ caseId: caseId }).strict()),
  changeCaseMembers: channel<CaseRow>()(
    z.object({ caseId: caseId, kind: z.enum(['document', 'segment', 'code']), add: ids.optional(), remove: ids.optional() }).strict(),
  ),
  /** One attribute value of a case, checked against the attribute's type; '' clears it. */
  setCaseValue: channel<CaseRow>()(z.object({ caseId: caseId, attribute: name, value: z.string().max(10_000) }).strict()),
  /** Every relation, or those touching one code, quotation, document… at either end. */
  listRelations: channel<RelationRow[]>()(z.object({ touching: end.optional() }).strict()),
  createRelation: channel<RelationRow>()(
    z
      .object({
        origin: end,
        target: end,
        name: z.string().max(500).default(''),
        direction: z.enum(['associative', 'one-way', 'bidirectional']).default('associative'),
      })
      .strict(),
  ),
  deleteRelation: channel<null>()(z.object({ relationId: relationId }).strict()),
} satisfies Record<string, ChannelSpec>;
