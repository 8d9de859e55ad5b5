import type { CodeId } from '../core/ids';
import type { Conn } from './conn';
import type { Tx } from './tx';

/**
 * How an imported code stood in the tool it came from: its name, its parent there (a code of
 * ours, or null at the top), whether it was codable, and its place among its siblings; plus the
 * Gioia parent the import gave it, so a later move in the Gioia view can be told from the mapping.
 */
export interface CodeOrigin {
  readonly codeId: CodeId;
  readonly name: string;
  readonly parentId: CodeId | null;
  readonly codable: boolean;
  readonly position: number;
  /** The code's colour in the file; null when it had none (and was given `importColour` here). */
  readonly colour: string | null;
  readonly importColour: string;
  readonly gioiaParentId: CodeId | null;
}

export function putCodeOrigin(tx: Tx, origin: CodeOrigin): void {
  const row = {
    name: origin.name,
    parent_id: origin.parentId,
    codable: origin.codable ? 1 : 0,
    position: origin.position,
    colour: origin.colour,
    import_colour: origin.importColour,
    gioia_parent_id: origin.gioiaParentId,
  };
  if (!tx.update('code_origins', { code_id: origin.codeId }, row)) tx.insert('code_origins', { code_id: origin.codeId, ...row });
}

export function listCodeOrigins(conn: Conn): Map<CodeId, CodeOrigin> {
  const rows = conn.all<{
    code_id: CodeId;
    name: string;
    parent_id: CodeId | null;
    codable: number;
    position: number;
    colour: string | null;
    import_colour: string;
    gioia_parent_id: CodeId | null;
  }>('SELECT code_id, name, parent_id, codable, position, colour, import_colour, gioia_parent_id FROM code_origins');
  return new Map(
    rows.map((r) => [
      r.code_id,
      {
        codeId: r.code_id,
        name: r.name,
        parentId: r.parent_id,
        codable: r.codable === 1,
        position: r.position,
        colour: r.colour,
        importColour: r.import_colour,
        gioiaParentId: r.gioia_parent_id,
      },
    ]),
  );
}
