import type { CodeId, DocumentId, SegmentId } from '../ids';
import { tidyQuoteText } from '../quote-bounds';
import type { GioiaStructure, StructureConcept } from '../structure/model';
import { groupRows, type GroupedTable } from './grouped-table';
import { UNGROUPED_LABEL } from './structure-table';

/** A coded quote that may represent its concept in the table. */
export interface QuoteCandidate {
  readonly segmentId: SegmentId;
  readonly codeId: CodeId;
  readonly documentId: DocumentId;
  readonly text: string;
  /** The quote's range in its document, so overlapping readings of one passage count as one. */
  readonly start: number;
  readonly end: number;
  /** Informant id or document name, shown after the quote. */
  readonly source: string;
  readonly starred: boolean;
  /** The quotation's memo as plain text; '' when it has none. */
  readonly memo?: string;
}

export interface ChosenQuote {
  readonly segmentId: SegmentId;
  readonly text: string;
  readonly source: string;
  readonly starred: boolean;
  readonly memo: string;
}

export interface RepresentativeRow {
  readonly dimension: string;
  readonly theme: string;
  readonly conceptId: CodeId;
  readonly concept: string;
  readonly quotes: readonly ChosenQuote[];
  /** How many quotes the concept has in all, so the UI can say "2 of 14". */
  readonly available: number;
  /** The concept's own memo as plain text; '' when it has none. */
  readonly conceptMemo: string;
  /** Memos on the concept's quotations, chosen ones first; `shown` when the quote is in the table. */
  readonly quoteMemos: ReadonlyArray<{ readonly source: string; readonly quote: string; readonly memo: string; readonly shown: boolean }>;
}

const normalise = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Picks up to `perConcept` quotes: the starred ones first, then the longest that are distinct —
 * not overlapping a passage already picked, nor the same words as one (two coders often mark
 * nearly the same passage). Starred quotes are always taken. Ties keep a stable order by segment id.
 */
export function chooseQuotes(candidates: readonly QuoteCandidate[], perConcept: number): ChosenQuote[] {
  const sorted = [...candidates].sort(
    (a, b) => Number(b.starred) - Number(a.starred) || b.text.length - a.text.length || (a.segmentId < b.segmentId ? -1 : 1),
  );
  const picked: ChosenQuote[] = [];
  const taken: QuoteCandidate[] = [];
  for (const q of sorted) {
    if (picked.length >= perConcept) break;
    const n = normalise(q.text);
    const duplicate = taken.some(
      (t) =>
        t.segmentId === q.segmentId || normalise(t.text) === n || (t.documentId === q.documentId && t.start < q.end && q.start < t.end),
    );
    if (n === '' || (duplicate && !q.starred)) continue;
    taken.push(q);
    picked.push({ segmentId: q.segmentId, text: tidyQuoteText(q.text), source: q.source, starred: q.starred, memo: q.memo ?? '' });
  }
  return picked;
}

/** Rows of the representative-data table in figure order: dimension → theme → concept. */
export function representativeRows(
  structure: GioiaStructure,
  candidates: readonly QuoteCandidate[],
  perConcept: number,
  conceptMemos: ReadonlyMap<CodeId, string> = new Map(),
): RepresentativeRow[] {
  const byCode = new Map<CodeId, QuoteCandidate[]>();
  for (const c of candidates) {
    const list = byCode.get(c.codeId);
    if (list === undefined) byCode.set(c.codeId, [c]);
    else list.push(c);
  }
  const rows: RepresentativeRow[] = [];
  const add = (dimension: string, theme: string, c: StructureConcept) => {
    const list = byCode.get(c.id) ?? [];
    const quotes = chooseQuotes(list, perConcept);
    const shown = new Set(quotes.map((q) => q.segmentId));
    const seen = new Set<string>();
    const quoteMemos = [...list]
      .sort((a, b) => Number(shown.has(b.segmentId)) - Number(shown.has(a.segmentId)) || a.start - b.start)
      .filter((q) => (q.memo ?? '').trim() !== '' && !seen.has(q.segmentId) && seen.add(q.segmentId) !== undefined)
      .map((q) => ({ source: q.source, quote: tidyQuoteText(q.text), memo: (q.memo ?? '').trim(), shown: shown.has(q.segmentId) }));
    rows.push({
      dimension,
      theme,
      conceptId: c.id,
      concept: c.name,
      quotes,
      available: list.length,
      conceptMemo: conceptMemos.get(c.id) ?? '',
      quoteMemos,
    });
  };
  for (const d of structure.dimensions) for (const t of d.themes) for (const c of t.concepts) add(d.name, t.name, c);
  const u = structure.ungrouped;
  if (u !== null) {
    for (const t of u.themes) for (const c of t.concepts) add(UNGROUPED_LABEL, t.name, c);
    for (const c of u.concepts) add(UNGROUPED_LABEL, UNGROUPED_LABEL, c);
  }
  return rows;
}

/** A quote as printed in a paper: its words once inside one pair of curly quotes, then the informant. */
export function formatQuote(q: Pick<ChosenQuote, 'text' | 'source'>): string {
  return `\u201C${tidyQuoteText(q.text.replace(/\s+/g, ' '))}\u201D (${q.source})`;
}

const short = (s: string) => (s.length > 40 ? `${s.slice(0, 39)}…` : s);

/**
 * A row's memos as printed: the concept's memo, then the memos on its quotations, named by source
 * (and by their first words when the quote itself is not printed in the table).
 */
export function memoLines(r: RepresentativeRow): string[] {
  const lines = r.conceptMemo.trim() === '' ? [] : [`Concept: ${r.conceptMemo.trim()}`];
  for (const q of r.quoteMemos) lines.push(q.shown ? `${q.source}: ${q.memo}` : `${q.source} on \u201C${short(q.quote)}\u201D: ${q.memo}`);
  return lines;
}

export interface RepresentativeTable extends GroupedTable {
  /** Per row, the formatted quotes (the DOCX writer sets them as separate paragraphs). */
  readonly quotes: ReadonlyArray<readonly string[]>;
  /** Per row, the memo lines; empty unless memos were asked for. */
  readonly memos: ReadonlyArray<readonly string[]>;
}

/** The table model the writers share; quotes are one cell, separated by blank lines; memos an optional last column. */
export function representativeTable(rows: readonly RepresentativeRow[], options: { memos?: boolean } = {}): RepresentativeTable {
  const withMemos = options.memos === true;
  const headers = ['Aggregate dimension', '2nd-order theme', '1st-order concept', 'Representative quotes'];
  if (withMemos) headers.push('Memos');
  const quotes = rows.map((r) => r.quotes.map(formatQuote));
  const memos = rows.map((r) => (withMemos ? memoLines(r) : []));
  return {
    headers,
    groupColumns: 2,
    rows: groupRows(
      rows.map((r, i) => {
        const cells = [r.dimension, r.theme, r.concept, (quotes[i] ?? []).join('\n\n')];
        if (withMemos) cells.push((memos[i] ?? []).join('\n\n'));
        return cells;
      }),
      2,
    ),
    quotes,
    memos,
  };
}
