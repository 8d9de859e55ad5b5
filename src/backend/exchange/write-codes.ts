import type { CodeId } from '../../core/ids';
import { codeId } from '../../shared/schemas';
import { createCode, findCodeByName, isIdTaken, newCodeId, putCodeOrigin, type Tx } from '../../storage';
import type { PlannedCode } from './levels';

const DEFAULT_COLOUR = '#8a8f98';

export interface CodeWriteResult {
  /** File GUID → our code id (a merged code maps to the existing one). */
  readonly ids: ReadonlyMap<string, CodeId>;
  readonly added: number;
  readonly matched: number;
}

/**
 * Writes planned codes in order (parents first). With `mergeByName`, a code whose level and name
 * match a live code already in the project is that code: importing a partner's codebook twice, or
 * our own back, adds nothing. GUIDs are kept as ids unless already taken. Each code written
 * remembers where it stood in the file (see code_origins), so an export gives that tree back.
 */
export function writePlannedCodes(tx: Tx, codes: readonly PlannedCode[], mergeByName: boolean): CodeWriteResult {
  const ids = new Map<string, CodeId>();
  const colours = new Map<string, string>();
  let added = 0;
  let matched = 0;
  for (const code of codes) {
    const parentId = code.parentGuid === null ? null : (ids.get(code.parentGuid) ?? null);
    const name = code.name.trim() || 'Unnamed code';
    const existing = mergeByName ? (findCodeByName(tx.conn, code.level, name)?.id ?? null) : null;
    if (existing !== null) {
      ids.set(code.guid, existing);
      matched++;
      continue;
    }
    const colour = code.colour ?? (code.parentGuid !== null ? colours.get(code.parentGuid) : undefined) ?? DEFAULT_COLOUR;
    colours.set(code.guid, colour);
    const taken = isIdTaken(tx.conn, 'codes', code.guid);
    const id = createCode(tx, {
      id: taken ? newCodeId() : codeId.parse(code.guid),
      level: code.level,
      parentId,
      name,
      definition: code.definition,
      colour,
    });
    ids.set(code.guid, id);
    added++;
    putCodeOrigin(tx, {
      codeId: id,
      name,
      parentId: code.original.parentGuid === null ? null : (ids.get(code.original.parentGuid) ?? null),
      codable: code.original.codable,
      position: code.original.position,
      colour: code.colour,
      importColour: colour,
      gioiaParentId: parentId,
    });
  }
  return { ids, added, matched };
}
