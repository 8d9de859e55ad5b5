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

/**
 * 3 for the same text; 2 when the name is the start of the text, cut by the tool that wrote it (an
 * ellipsis says so, and only long names are cut without one); else 0. A text that is the start of
 * the name does not count: a selection read one character short would otherwise pass.
 */
export function sameText(slice: string, name: string): number {
  return sameSquashed(squash(slice), squash(name));
}

/** `sameText` of texts already squashed (a name checked against several ranges is squashed once). */
export function sameSquashed(a: string, b: string): number {
  if (a === b) return 3;
  const cut = b.replace(ELLIPSIS, '');
  const truncated = cut !== b ? cut.length >= 4 : b.length >= TRUNCATED_AT_LEAST;
  return truncated && a.length > cut.length && a.startsWith(cut) ? 2 : 0;
}

/** Names shorter than this are never cut without an ellipsis (tools cut at 50 characters or more). */
const TRUNCATED_AT_LEAST = 40;

/** Whether `quote` (or its untruncated start) occurs anywhere in the squashed text. */
export function occursIn(squashedText: string, quote: string): boolean {
  const wanted = squash(quote).replace(ELLIPSIS, '');
  return wanted !== '' && squashedText.includes(wanted);
}
