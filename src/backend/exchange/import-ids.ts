import { randomUUID } from 'node:crypto';
import type { CaseId, CodeId, MemoId, RelationId, SetId } from '../../core/ids';
import type { RefiProject } from '../../adapters/refi';
import type { RelationEndKind } from '../../shared/features/sets-types';
import { isIdTaken, type Conn } from '../../storage';
import { isGioiaLevelSet } from './levels';
import { ownCaseDocument } from './own-cases';

/**
 * The id each element of the file gets here, decided before anything is written so elements can
 * refer to each other in any order (a set holds notes, a note sits on a link, a link joins two
 * cases). A GUID stays the id unless a row of that table already has it.
 */
export interface ImportIds {
  readonly codes: ReadonlyMap<string, CodeId>;
  readonly documents: ReadonlySet<string>;
  /** Selection GUID → segment id (placed selections only). */
  readonly segments: ReadonlyMap<string, string>;
  readonly memos: ReadonlyMap<string, MemoId>;
  readonly cases: ReadonlyMap<string, CaseId>;
  readonly sets: ReadonlyMap<string, SetId>;
  readonly relations: ReadonlyMap<string, RelationId>;
  /** What the reader left out, to name references to it. */
  readonly omitted: ReadonlyMap<string, string>;
}

export function keepOrFresh<T extends string>(conn: Conn, table: Parameters<typeof isIdTaken>[1], guid: string): T {
  return (isIdTaken(conn, table, guid) ? randomUUID() : guid) as T;
}

/** Ids for the notes, cases, sets and links of a file, in a project that has its codes, documents and segments. */
export function laterIds(conn: Conn, model: RefiProject, written: Pick<ImportIds, 'codes' | 'documents' | 'segments'>): ImportIds {
  const map = <T extends string>(guids: readonly string[], table: Parameters<typeof isIdTaken>[1]) =>
    new Map(guids.map((g) => [g, keepOrFresh<T>(conn, table, g)] as const));
  return {
    ...written,
    memos: map<MemoId>(
      model.notes.map((n) => n.guid),
      'memos',
    ),
    cases: map<CaseId>(
      model.cases.filter((c) => ownCaseDocument(c, written.documents) === null).map((c) => c.guid),
      'cases',
    ),
    sets: map<SetId>(
      model.sets.filter((s) => !isGioiaLevelSet(s)).map((s) => s.guid),
      'sets',
    ),
    relations: map<RelationId>(
      model.links.map((l) => l.guid),
      'relations',
    ),
    omitted: model.omitted,
  };
}

/** What a GUID of the file is here, as a relation end; null when nothing imported has it. */
export function endOf(ids: ImportIds, guid: string): { kind: RelationEndKind; id: string } | null {
  const code = ids.codes.get(guid);
  if (code !== undefined) return { kind: 'code', id: code };
  const segment = ids.segments.get(guid);
  if (segment !== undefined) return { kind: 'segment', id: segment };
  if (ids.documents.has(guid)) return { kind: 'document', id: guid };
  const memo = ids.memos.get(guid);
  if (memo !== undefined) return { kind: 'memo', id: memo };
  const c = ids.cases.get(guid);
  if (c !== undefined) return { kind: 'case', id: c };
  const set = ids.sets.get(guid);
  if (set !== undefined) return { kind: 'set', id: set };
  return null;
}

/** "the PDF source "Report"" for a GUID the reader left out, or a generic phrase for one the file never defined. */
export function missing(ids: ImportIds, guid: string): string {
  return ids.omitted.get(guid) ?? `${guid}, which the file does not define`;
}

/**
 * Our ids for a member list of GUIDs (a set's or a case's), with what each GUID that imported as
 * nothing was, for the report: `lost` collects those across every call.
 */
export function memberResolver(ids: ImportIds): {
  keep: (guids: readonly string[], has: (g: string) => string | undefined) => string[];
  lost: string[];
} {
  const lost: string[] = [];
  const keep = (guids: readonly string[], has: (g: string) => string | undefined) =>
    guids.flatMap((g) => {
      const here = has(g);
      if (here === undefined) lost.push(missing(ids, g));
      return here === undefined ? [] : [here];
    });
  return { keep, lost };
}
