/**
 * A selection's `name` is usually the quoted text (NVivo, QualCoder, MAXQDA and we write it), but
 * some tools write a label instead: "line:12", "Quotation 4", an ATLAS.ti id "3:12", a position
 * "(120-180)". Only a quote can tell which counting a producer used, so labels are recognised and
 * set aside rather than counted as quotes that fail to land.
 */

const LABELS: readonly RegExp[] = [
  /^lines?\s*[:#.]?\s*\d+(\s*[-–]\s*\d+)?$/i,
  /^(para(graph)?|p|§)\s*[:#.]?\s*\d+(\s*[-–]\s*\d+)?$/i,
  /^(selection|quotation|quote|segment|coding|passage|text selection|excerpt)\s*[:#]?\s*\d*$/i,
  /^\d+\s*:\s*\d+$/,
  /^\(?\s*\d+\s*[-–,:]\s*\d+\s*\)?$/,
  /^\d+$/,
];

/** The quote a selection name claims, or null when the name is empty or a label. */
export function quoteOf(name: string | null): string | null {
  if (name === null) return null;
  const trimmed = name.trim();
  if (trimmed === '' || LABELS.some((l) => l.test(trimmed))) return null;
  return trimmed;
}

/** Whitespace (line breaks included) counts as one space: tools wrap and normalise names. */
export function squash(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

const ELLIPSIS = /(…|\.\.\.)$/;

/** 3 for the same text, 2 when one is a truncation of the other (tools cut long names), else 0. */
export function sameText(slice: string, name: string): number {
  const a = squash(slice);
  const b = squash(name);
  if (a === b) return 3;
  const shortest = Math.min(a.length, b.length);
  if (shortest >= 8 && (a.startsWith(b.replace(ELLIPSIS, '')) || b.startsWith(a))) return 2;
  return 0;
}

/** Whether `quote` (or its untruncated start) occurs anywhere in the squashed text. */
export function occursIn(squashedText: string, quote: string): boolean {
  const wanted = squash(quote).replace(ELLIPSIS, '');
  return wanted !== '' && squashedText.includes(wanted);
}
