import type { CodeLevel } from '../../core/codebook';
import type { CodeId } from '../../core/ids';
import { listCodeRecords, type CodeRecord, type Conn } from '../../storage';
import { leastUsedColour } from './colours';

/**
 * The live codebook held in memory for the length of one bulk operation (a codebook import), so
 * each of tens of thousands of codes is found by name and given its colour in constant time
 * instead of one table scan each. It answers exactly as `findCodeByName` and `defaultColour` do:
 * names match per level, trimmed and ASCII-case-insensitively (SQLite's lower()), the first by
 * position winning; colours follow the dimension, else the least-used palette colour.
 */
export class CodebookIndex {
  private readonly byName = new Map<string, CodeRecord>();
  private readonly byId = new Map<string, CodeRecord>();
  private readonly usage = new Map<string, number>();

  static load(conn: Conn): CodebookIndex {
    const index = new CodebookIndex();
    for (const code of listCodeRecords(conn)) index.add(code);
    return index;
  }

  find(level: CodeLevel, name: string): CodeRecord | null {
    return this.byName.get(key(level, name)) ?? null;
  }

  get(id: string): CodeRecord | null {
    return this.byId.get(id) ?? null;
  }

  add(code: CodeRecord): void {
    this.byId.set(code.id, code);
    const k = key(code.level, code.name);
    if (!this.byName.has(k)) this.byName.set(k, code);
    const colour = code.colour.toLowerCase();
    this.usage.set(colour, (this.usage.get(colour) ?? 0) + 1);
  }

  /** Records a change made to a code already in the index (a move or a new colour). */
  update(id: CodeId, patch: Partial<Pick<CodeRecord, 'parentId' | 'colour' | 'definition'>>): void {
    const code = this.byId.get(id);
    if (code === undefined) return;
    const next = { ...code, ...patch };
    if (patch.colour !== undefined) {
      const before = code.colour.toLowerCase();
      this.usage.set(before, (this.usage.get(before) ?? 1) - 1);
      this.usage.set(patch.colour.toLowerCase(), (this.usage.get(patch.colour.toLowerCase()) ?? 0) + 1);
    }
    this.byId.set(id, next);
    const k = key(code.level, code.name);
    if (this.byName.get(k)?.id === id) this.byName.set(k, next);
  }

  colourFor(level: CodeLevel, parentId: string | null): string {
    if (level !== 'dimension' && parentId !== null) {
      let code = this.get(parentId);
      for (let depth = 0; code !== null && depth < 3; depth++) {
        if (code.level === 'dimension') return code.colour;
        code = code.parentId === null ? null : this.get(code.parentId);
      }
    }
    return leastUsedColour(this.usage);
  }
}

function key(level: CodeLevel, name: string): string {
  return `${level}\u0000${name.trim().replace(/[A-Z]+/g, (c) => c.toLowerCase())}`;
}
