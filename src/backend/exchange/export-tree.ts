import { buildCodeTree } from '../../core/codebook';
import { counted, listed, ReportBuilder, type ExchangeReport } from '../../core/exchange-report';
import { derivedGuid, GIOIA_LEVEL_SET_DESCRIPTION, GIOIA_LEVEL_SETS, type RefiCode, type RefiSet } from '../../adapters/refi';
import type { CodeOrigin, ExchangeCode } from '../../storage';

export interface ExportTree {
  readonly tree: RefiCode[];
  /** The three sets that record each code's Gioia level. */
  readonly levelSets: RefiSet[];
  readonly report: ExchangeReport;
}

/**
 * The code tree an export writes. A code imported from another tool goes back where it stood there
 * (its parent, its place among its siblings, its codability), unless it was moved in the Gioia view
 * since, or its parent there is gone: then it goes under its Gioia parent. Codes made here follow
 * the Gioia tree (dimensions › themes › concepts). Themes and dimensions of our own are folders
 * (isCodable false) unless segments are coded with them. The report says what the recipient will
 * see that differs from the tree they sent.
 */
export function exportTree(
  codes: readonly ExchangeCode[],
  origins: ReadonlyMap<string, CodeOrigin>,
  codedDirectly: ReadonlySet<string>,
  notes: (id: string) => string[],
): ExportTree {
  const live = new Map(codes.map((c) => [c.id, c] as const));
  const gioiaOrder = new Map<string, number>();
  const built = buildCodeTree(codes);
  const visit = (c: { id: string }) => gioiaOrder.set(c.id, gioiaOrder.size);
  for (const d of built.dimensions) {
    visit(d.node);
    for (const t of d.themes) [t.node, ...t.concepts].forEach(visit);
  }
  for (const t of built.ungroupedThemes) [t.node, ...t.concepts].forEach(visit);
  built.ungroupedConcepts.forEach(visit);

  const parentOf = new Map<string, string | null>();
  for (const c of codes) {
    const o = origins.get(c.id);
    const untouched = o !== undefined && (o.gioiaParentId ?? null) === (c.parentId ?? null);
    const fileParent = untouched && (o.parentId === null || live.has(o.parentId)) ? o.parentId : undefined;
    parentOf.set(c.id, fileParent !== undefined ? fileParent : c.parentId);
  }
  breakCycles(codes, parentOf);

  const children = new Map<string | null, ExchangeCode[]>();
  for (const c of codes) {
    const p = parentOf.get(c.id) ?? null;
    children.set(p, [...(children.get(p) ?? []), c]);
  }
  const key = (c: ExchangeCode): [number, number] => {
    const o = origins.get(c.id);
    return o !== undefined ? [0, o.position] : [1, gioiaOrder.get(c.id) ?? 0];
  };
  for (const list of children.values()) list.sort((a, b) => key(a)[0] - key(b)[0] || key(a)[1] - key(b)[1]);
  const codable = (c: ExchangeCode) => {
    const o = origins.get(c.id);
    return o !== undefined ? o.codable || codedDirectly.has(c.id) : c.level === 'concept' || codedDirectly.has(c.id);
  };
  // A code that came without a colour goes back without one, unless it was recoloured here.
  const colour = (c: ExchangeCode) => {
    const o = origins.get(c.id);
    return o !== undefined && o.colour === null && c.colour === o.importColour ? null : c.colour;
  };
  const node = (c: ExchangeCode): RefiCode => ({
    guid: c.id,
    name: c.name,
    description: c.definition,
    colour: colour(c),
    isCodable: codable(c),
    noteGuids: notes(c.id),
    children: (children.get(c.id) ?? []).map(node),
  });
  const tree = (children.get(null) ?? []).map(node);
  const levelSets = (Object.entries(GIOIA_LEVEL_SETS) as Array<[ExchangeCode['level'], string]>)
    .map(([level, name]) => ({
      guid: derivedGuid('gioia-level', level),
      name,
      description: GIOIA_LEVEL_SET_DESCRIPTION,
      codeGuids: codes
        .filter((c) => c.level === level)
        .map((c) => c.id)
        .sort(),
      sourceGuids: [],
      noteGuids: [],
    }))
    .filter((s) => s.codeGuids.length > 0);
  return { tree, levelSets, report: differences(codes, origins, parentOf, codedDirectly, levelSets) };
}

/** A file tree edited in the Gioia view could, in odd files, loop; the Gioia parent (a forest by construction) then wins. */
function breakCycles(codes: readonly ExchangeCode[], parentOf: Map<string, string | null>): void {
  for (const c of codes) {
    const seen = new Set<string>([c.id]);
    for (let p = parentOf.get(c.id) ?? null; p !== null; p = parentOf.get(p) ?? null) {
      if (seen.has(p)) {
        parentOf.set(c.id, c.parentId);
        break;
      }
      seen.add(p);
    }
  }
}

function differences(
  codes: readonly ExchangeCode[],
  origins: ReadonlyMap<string, CodeOrigin>,
  parentOf: ReadonlyMap<string, string | null>,
  codedDirectly: ReadonlySet<string>,
  levelSets: readonly RefiSet[],
): ExchangeReport {
  const report = new ReportBuilder();
  const name = new Map<string, string>([...origins.values()].map((o) => [o.codeId, o.name] as const));
  for (const c of codes) name.set(c.id, c.name);
  const fromFile = codes.filter((c) => origins.has(c.id));
  if (origins.size === 0) {
    report.kept(`${counted(codes.length, 'code')} in the Gioia tree (aggregate dimensions › 2nd-order themes › 1st-order concepts).`);
  } else {
    const renamed: string[] = [];
    const moved: string[] = [];
    const nowCodable: string[] = [];
    const changed = new Set<string>();
    for (const c of fromFile) {
      const o = origins.get(c.id) as CodeOrigin;
      if (c.name !== o.name) {
        renamed.push(`"${o.name}" is now "${c.name}"`);
        changed.add(c.id);
      }
      const p = parentOf.get(c.id) ?? null;
      if (p !== o.parentId) changed.add(c.id);
      if (p !== o.parentId)
        moved.push(
          `"${c.name}" from ${o.parentId === null ? 'the top' : `under "${name.get(o.parentId) ?? '?'}"`} to ${p === null ? 'the top' : `under "${name.get(p) ?? '?'}"`}`,
        );
      if (!o.codable && codedDirectly.has(c.id)) nowCodable.push(`"${c.name}"`);
    }
    const live = new Set(codes.map((c) => c.id));
    const deleted = [...origins.values()].filter((o) => !live.has(o.codeId)).map((o) => `"${o.name}"`);
    const added = codes.filter((c) => !origins.has(c.id)).map((c) => `"${c.name}"`);
    const state =
      changed.size === 0
        ? 'each where and as it was'
        : `${changed.size} of them renamed or moved here (below), the others where and as they were`;
    report.kept(`${counted(fromFile.length, 'code')} of the tree the project came with, ${state}.`);
    if (renamed.length > 0) report.mapped(`${counted(renamed.length, 'code')} renamed here: ${listed(renamed, 8)}.`);
    if (moved.length > 0) report.mapped(`${counted(moved.length, 'code')} moved here: ${listed(moved, 8)}.`);
    if (nowCodable.length > 0)
      report.mapped(`${counted(nowCodable.length, 'folder')} now coded directly, so written as codable: ${listed(nowCodable, 8)}.`);
    if (added.length > 0) report.mapped(`${counted(added.length, 'code')} added here, placed by their Gioia levels: ${listed(added, 8)}.`);
    if (deleted.length > 0) report.skipped(`${counted(deleted.length, 'code')} of the file deleted here: ${listed(deleted, 8)}.`);
  }
  if (levelSets.length > 0)
    report.mapped(
      `${counted(levelSets.length, 'set')} (“${levelSets.map((s) => s.name).join('”, “')}”) ${levelSets.length === 1 ? 'records' : 'record'} each code's Gioia level, so Gioia Studio restores the data structure; other tools show ${levelSets.length === 1 ? 'it as a code set' : 'them as code sets'}.`,
    );
  return report.build();
}
