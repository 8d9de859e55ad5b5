/**
 * REFI-QDA positions are Unicode code points, end exclusive — but real files disagree: NVivo 12 for
 * Windows counts UTF-16 units with CRLF as 2, ATLAS.ti counts CRLF as 1, and one open tool counts
 * the byte-order mark. We hold every text with `\n` line ends, so an interpretation is a weight per
 * UTF-16 unit: how much a low surrogate, a line break and a leading BOM add to the count.
 */

export interface Interpretation {
  readonly unit: 'code points' | 'UTF-16 units';
  /** What one `\n` of our text counted as in the producer's text. */
  readonly lineBreak: 1 | 2;
  /** 1 when the producer counted a leading BOM as a character. */
  readonly bom: 0 | 1;
}

export const STANDARD: Interpretation = { unit: 'code points', lineBreak: 1, bom: 0 };

/** Counted position at each UTF-16 index of `text` (length + 1 entries, non-decreasing). */
export function countTable(text: string, how: Interpretation): Int32Array {
  const table = new Int32Array(text.length + 1);
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    table[i] = count;
    const c = text.charCodeAt(i);
    if (c === 10) count += how.lineBreak;
    else if (c >= 0xdc00 && c <= 0xdfff && how.unit === 'code points' && i > 0 && isHigh(text.charCodeAt(i - 1))) count += 0;
    else count += 1;
  }
  table[text.length] = count;
  return table;
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/**
 * Maps a counted position to a UTF-16 index: the last index whose count is ≤ the position, so a
 * position inside a surrogate pair or a CRLF never splits it. Null when past the end.
 */
export function toIndex(table: Int32Array, position: number): number | null {
  const total = table[table.length - 1] ?? 0;
  if (!Number.isInteger(position) || position < 0 || position > total) return null;
  let lo = 0;
  let hi = table.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((table[mid] ?? 0) <= position) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** UTF-16 range → code points, the standard's unit, for export (one table per document). */
export function toStandard(table: Int32Array, index: number): number {
  return table[index] ?? 0;
}

/** Candidate interpretations in order of preference, the standard reading of the file first. */
export function candidates(fileLineBreak: 1 | 2, hadBom: boolean): Interpretation[] {
  const other: 1 | 2 = fileLineBreak === 1 ? 2 : 1;
  const base: Interpretation[] = [
    { unit: 'code points', lineBreak: fileLineBreak, bom: 0 },
    { unit: 'code points', lineBreak: other, bom: 0 },
    { unit: 'UTF-16 units', lineBreak: fileLineBreak, bom: 0 },
    { unit: 'UTF-16 units', lineBreak: other, bom: 0 },
  ];
  return hadBom ? [...base, ...base.map((b) => ({ ...b, bom: 1 as const }))] : base;
}

export function describe(how: Interpretation, fileLineBreak: 1 | 2): string {
  const standard = how.unit === 'code points' && how.lineBreak === fileLineBreak && how.bom === 0;
  if (standard) return 'Unicode code points (the REFI-QDA standard)';
  const parts: string[] = [how.unit];
  if (how.lineBreak !== fileLineBreak || how.lineBreak === 2) {
    parts.push(how.lineBreak === 2 ? 'each line break counted as 2 (CRLF)' : 'each line break counted as 1');
  }
  if (how.bom === 1) parts.push('the byte-order mark counted as a character');
  const vendor =
    how.unit === 'UTF-16 units' && how.lineBreak === 2 && how.bom === 0
      ? ' — as NVivo 12 for Windows writes'
      : how.lineBreak === 1 && fileLineBreak === 2 && how.bom === 0
        ? ' — as ATLAS.ti writes'
        : how.bom === 1
          ? ' — as a tool that keeps the BOM writes'
          : '';
  return `${parts.join(', ')}${vendor}`;
}
