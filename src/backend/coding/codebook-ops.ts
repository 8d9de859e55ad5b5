import type { ValidParams } from '../../shared/contract';
import { LEVEL_LABEL, parentLevelOf, rowsAMoveChanged, type CodeLevel } from '../../core/codebook';
import type { CodeId } from '../../core/ids';
import { DomainError } from '../../core/result';
import type { CodeRow } from '../../shared/types';
import {
  codeLinks,
  codeRecord,
  codeRowWithCounts,
  createCode as insertCode,
  findCodeByName,
  liveCodeCount,
  listMemos,
  siblingIds,
  softDeleteCode,
  softDeleteSegment,
  unlinkCode,
  updateCode as patchCode,
  type Conn,
  type ProjectStore,
  type Tx,
} from '../../storage';
import { effectiveFilter, scopedCodes } from '../analysis/coder-scope';
import { quoted, requireActiveCoder } from './active-coder';
import { defaultColour } from './colours';

type Code = NonNullable<ReturnType<typeof codeRecord>>;

function requireCode(conn: Conn, id: string): Code {
  const code = codeRecord(conn, id);
  if (code === null) throw new DomainError('not-found', `No code with id ${id} in this project.`);
  return code;
}

function row(conn: Conn, id: string): CodeRow {
  const found = codeRowWithCounts(conn, id);
  if (found === null) throw new DomainError('not-found', `No code with id ${id} in this project.`);
  return found;
}

function coderOf(conn: Conn) {
  return requireActiveCoder(conn).id;
}

/** Two live codes of one level with the same name would make merging by name (CLI, imports) ambiguous. */
export function refuseDuplicateName(conn: Conn, level: CodeLevel, name: string, except?: string): void {
  const found = findCodeByName(conn, level, name);
  if (found !== null && found.id !== except) {
    throw new DomainError('conflict', `A ${LEVEL_LABEL[level]} named “${name.trim()}” already exists.`);
  }
}

export type CreateCodeInput = ValidParams<'createCode'>;

export function createCode(store: ProjectStore, input: CreateCodeInput): CodeRow {
  const conn = store.conn;
  refuseDuplicateName(conn, input.level, input.name);
  const children = (input.childIds ?? []).map((id) => requireCode(conn, id));
  const misfit = children.find((c) => parentLevelOf(c.level) !== input.level);
  if (misfit !== undefined) {
    throw new DomainError(
      'invalid-arguments',
      `Cannot place “${misfit.name}” under a new ${LEVEL_LABEL[input.level]}: it belongs under a ${LEVEL_LABEL[parentLevelOf(misfit.level) ?? misfit.level]}.`,
    );
  }
  const name = input.name.trim();
  const summary =
    children.length === 1 && children[0] !== undefined
      ? `Create ${LEVEL_LABEL[input.level]} “${name}” around “${children[0].name}”`
      : `Create ${LEVEL_LABEL[input.level]} “${name}”`;
  const { value } = store.mutate({ coderId: coderOf(conn), action: 'create-code', summary }, (tx) => {
    const id = insertCode(tx, {
      level: input.level,
      name: input.name,
      parentId: input.parentId,
      colour: input.colour ?? defaultColour(tx.conn, input.level, input.parentId),
      definition: input.definition ?? '',
      createdBy: coderOf(tx.conn),
    });
    if (input.index !== undefined) placeCode(tx, requireCode(tx.conn, id), input.parentId, input.index);
    for (const child of children) placeCode(tx, child, id);
    return id;
  });
  return row(conn, value);
}

export function updateCode(
  store: ProjectStore,
  input: { codeId: string; name?: string | undefined; colour?: string | undefined; definition?: string | undefined },
): CodeRow {
  const conn = store.conn;
  const code = requireCode(conn, input.codeId);
  if (input.name !== undefined) refuseDuplicateName(conn, code.level, input.name, code.id);
  const summary =
    input.name !== undefined && input.name.trim() !== code.name ? `Rename “${code.name}” to “${input.name.trim()}”` : `Edit “${code.name}”`;
  store.mutate({ coderId: coderOf(conn), action: 'update-code', summary }, (tx) =>
    patchCode(tx, code.id, {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.colour !== undefined ? { colour: input.colour } : {}),
      ...(input.definition !== undefined ? { definition: input.definition } : {}),
    }),
  );
  return row(conn, code.id);
}

/** Places `code` at `index` among the live children of `parentId`, renumbering them 1..n. */
export function placeCode(tx: Tx, code: Code, parentId: CodeId | null, index?: number): void {
  const siblings = siblingIds(tx.conn, code.level, parentId).filter((id) => id !== code.id);
  const at = Math.min(index ?? siblings.length, siblings.length);
  siblings.splice(at, 0, code.id);
  siblings.forEach((id, i) => {
    patchCode(tx, id, id === code.id ? { parentId, position: i + 1 } : { position: i + 1 });
  });
}

export function moveCode(store: ProjectStore, input: ValidParams<'moveCode'>): CodeRow[] {
  const conn = store.conn;
  const code = requireCode(conn, input.codeId);
  const parent = input.parentId === null ? null : requireCode(conn, input.parentId);
  const expected = parentLevelOf(code.level);
  if (parent !== null && parent.level !== expected) {
    const wanted = expected === null ? 'a dimension only reorders (it has no parent)' : `it belongs under a ${LEVEL_LABEL[expected]}`;
    throw new DomainError('invalid-arguments', `Cannot place “${code.name}” under “${parent.name}”: ${wanted}.`);
  }
  const where = parent === null ? (code.level === 'dimension' ? 'reorder' : 'ungroup') : `move under “${parent.name}”`;
  const summary =
    where === 'reorder'
      ? `Reorder “${code.name}”`
      : where === 'ungroup'
        ? `Ungroup “${code.name}”`
        : `Move “${code.name}” under “${parent?.name}”`;
  store.mutate({ coderId: coderOf(conn), action: 'move-code', summary }, (tx) => placeCode(tx, code, input.parentId, input.index));
  return rowsAMoveChanged(scopedCodes(store, effectiveFilter(store, undefined)), code.id, code.parentId);
}

/**
 * Moves every segment link and child of `source` to `target`, then deletes `source`. A segment both
 * codes already shared keeps its one target link (no duplicate); the source's memo follows when the
 * target has none.
 */
export function mergeCodes(store: ProjectStore, sourceId: string, targetId: string): CodeRow {
  const conn = store.conn;
  const source = requireCode(conn, sourceId);
  const target = requireCode(conn, targetId);
  if (source.level !== target.level) {
    throw new DomainError(
      'invalid-arguments',
      `Cannot merge “${source.name}” (${LEVEL_LABEL[source.level]}) into “${target.name}” (${LEVEL_LABEL[target.level]}): merge codes of one level.`,
    );
  }
  store.mutate({ coderId: coderOf(conn), action: 'merge-codes', summary: `Merge “${source.name}” into “${target.name}”` }, (tx) => {
    for (const link of codeLinks(tx.conn, source.id)) {
      unlinkCode(tx, link.segmentId, source.id);
      if (tx.read('segment_codes', { segment_id: link.segmentId, code_id: target.id }) === undefined) {
        tx.insert('segment_codes', {
          segment_id: link.segmentId,
          code_id: target.id,
          coder_id: link.coderId,
          created_at: link.createdAt,
          starred: link.starred,
        });
      }
    }
    if (source.level !== 'concept') {
      for (const childId of siblingIds(tx.conn, source.level === 'theme' ? 'concept' : 'theme', source.id)) {
        placeCode(tx, requireCode(tx.conn, childId), target.id);
      }
    }
    moveMemo(tx, source.id, target.id);
    softDeleteCode(tx, source.id);
  });
  return row(conn, target.id);
}

function moveMemo(tx: Tx, fromCode: string, toCode: string): void {
  const [memo] = listMemos(tx.conn, { kind: 'code', id: fromCode });
  if (memo === undefined || listMemos(tx.conn, { kind: 'code', id: toCode }).length > 0) return;
  tx.update('memos', { id: memo.id }, { target_id: toCode, updated_at: tx.now });
}

/** Moves the links of the chosen segments to a new code of the same level and parent. */
export function splitCode(store: ProjectStore, input: { codeId: string; segmentIds: readonly string[]; name: string }): CodeRow {
  const conn = store.conn;
  const code = requireCode(conn, input.codeId);
  refuseDuplicateName(conn, code.level, input.name);
  const links = new Map(codeLinks(conn, code.id).map((l) => [l.segmentId as string, l] as const));
  const missing = input.segmentIds.filter((id) => !links.has(id));
  if (missing.length > 0) {
    throw new DomainError(
      'not-found',
      `${missing.length} of the chosen segments are not coded with “${code.name}” (first: ${missing[0]}).`,
    );
  }
  const summary = `Split “${input.name.trim()}” from “${code.name}”`;
  const { value } = store.mutate({ coderId: coderOf(conn), action: 'split-code', summary }, (tx) => {
    const created = insertCode(tx, {
      level: code.level,
      name: input.name,
      parentId: code.parentId,
      colour: defaultColour(tx.conn, code.level, code.parentId),
      createdBy: coderOf(tx.conn),
    });
    for (const segmentId of new Set(input.segmentIds)) {
      const link = links.get(segmentId);
      if (link === undefined) continue;
      unlinkCode(tx, link.segmentId, code.id);
      tx.insert('segment_codes', {
        segment_id: link.segmentId,
        code_id: created,
        coder_id: link.coderId,
        created_at: link.createdAt,
        starred: link.starred,
      });
    }
    return created;
  });
  return row(conn, value);
}

/** Deletes a code: children go to the ungrouped tray, its links go, segments left uncoded go. */
export function deleteCode(store: ProjectStore, codeId: string): null {
  const conn = store.conn;
  const code = requireCode(conn, codeId);
  store.mutate(
    { coderId: coderOf(conn), action: 'delete-code', summary: `Delete ${LEVEL_LABEL[code.level]} ${quoted([code.name])}` },
    (tx) => {
      const links = codeLinks(tx.conn, code.id);
      for (const link of links) unlinkCode(tx, link.segmentId, code.id);
      softDeleteCode(tx, code.id);
      for (const link of links) {
        if (liveCodeCount(tx.conn, link.segmentId) === 0) softDeleteSegment(tx, link.segmentId);
      }
    },
  );
  return null;
}
