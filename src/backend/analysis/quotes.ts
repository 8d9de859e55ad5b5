import type { CodeId, DocumentId } from '../../core/ids';
import { DomainError } from '../../core/result';
import {
  groupedToLatex,
  groupedToMarkdown,
  representativeRows,
  representativeTable,
  structureFigure,
  type LatexEngine,
  type QuoteCandidate,
} from '../../core/tables';
import { groupedTableToDocx, groupedTableToXlsx, quoteParagraphs } from '../../adapters/export';
import { rollupTo } from '../../core/matrix';
import type { AnalysisQuote, ExportedFile, QuotesFormat, QuotesTable } from '../../shared/features/analysis-types';
import { listMemos, type ProjectStore } from '../../storage';
import type { CodingRecord } from '../../storage/analysis-repo';
import type { CoderFilter } from '../../shared/schemas';
import { describeFilter, effectiveFilter, scopedCodes, scopedCodings } from './coder-scope';
import { exported as exportedFile, fileStem, filterSuffix } from './files';
import { DEFAULT_FIGURE } from './defaults';

/** The attribute researchers use for informant ids ("P1", "Informant 7"). */
export const INFORMANT_ATTRIBUTE = 'informant';

/** How each document is cited after a quote: its informant attribute when set, else its name. */
export function documentSources(store: ProjectStore): Map<DocumentId, { name: string; source: string }> {
  return new Map(
    store.listDocuments().map((d) => {
      const informant = d.attributes[INFORMANT_ATTRIBUTE]?.trim();
      return [d.id, { name: d.name, source: informant !== undefined && informant !== '' ? informant : d.name }] as const;
    }),
  );
}

/** Plain text of every memo on one kind of target, by target id. */
export function memoTexts(store: ProjectStore, kind: 'segment' | 'code' | 'document'): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of listMemos(store.conn))
    if (m.targetKind === kind && m.targetId !== null && m.bodyText.trim() !== '') out.set(m.targetId, m.bodyText);
  return out;
}

function candidates(store: ProjectStore, filter: CoderFilter): QuoteCandidate[] {
  const sources = documentSources(store);
  const memos = memoTexts(store, 'segment');
  return scopedCodings(store, filter).map((c) => ({
    segmentId: c.segmentId,
    codeId: c.codeId,
    documentId: c.documentId,
    text: c.quote,
    start: c.start,
    end: c.end,
    source: sources.get(c.documentId)?.source ?? '?',
    starred: c.starred,
    memo: memos.get(c.segmentId) ?? '',
  }));
}

/**
 * The representative-data table over the chosen coders' codings; with the consensus filter, disputed
 * codings never become "representative" quotes. `codings` says whose codings it shows.
 */
export function getQuotesTable(store: ProjectStore, perConcept: number, asked?: CoderFilter): QuotesTable {
  const filter = effectiveFilter(store, asked);
  const figure = structureFigure(scopedCodes(store, filter), DEFAULT_FIGURE);
  const conceptMemos = memoTexts(store, 'code') as Map<CodeId, string>;
  return {
    perConcept,
    rows: representativeRows(figure.structure, candidates(store, filter), perConcept, conceptMemos),
    codings: describeFilter(store, filter),
  };
}

/** How the representative-data table is exported; new fields keep their defaults for older callers. */
export interface QuotesTableOptions {
  readonly perConcept: number;
  /** Add a "Memos" column: the concept's memo and the memos on its quotations. Default false. */
  readonly memos?: boolean;
  readonly latexEngine?: LatexEngine;
}

export async function exportQuotesTable(
  store: ProjectStore,
  format: QuotesFormat,
  o: QuotesTableOptions,
  asked?: CoderFilter,
): Promise<ExportedFile> {
  const filter = effectiveFilter(store, asked);
  const table = getQuotesTable(store, o.perConcept, filter);
  const t = representativeTable(table.rows, { memos: o.memos === true });
  const stem = fileStem(store) + filterSuffix(filter);
  const kind = o.memos === true ? 'representative-data-with-memos' : 'representative-data';
  const note = table.codings;
  const title = `Representative data supporting the data structure${note === null ? '' : `. ${note}`}`;
  const exported = (stem: string, kind: string, format: string, data: Buffer | string, notes: readonly string[] = []) =>
    exportedFile(stem, kind, format, data, note === null ? notes : [...notes, note]);
  const widths = o.memos === true ? [0.13, 0.15, 0.17, 0.35, 0.2] : [0.15, 0.18, 0.2, 0.47];
  switch (format) {
    case 'md':
      return exported(stem, kind, format, groupedToMarkdown(t, title));
    case 'tex': {
      const r = groupedToLatex(t, { caption: title, label: 'tab:representative-data', widths, engine: o.latexEngine });
      return exported(stem, kind, format, r.tex, r.notes);
    }
    case 'xlsx':
      return exported(
        stem,
        kind,
        format,
        await groupedTableToXlsx(t, { sheet: 'representative data', widths: widths.map((w) => Math.round(w * 190)) }),
      );
    case 'docx':
      return exported(
        stem,
        kind,
        format,
        await groupedTableToDocx(t, {
          title,
          widths,
          landscape: true,
          repeatGroupLabels: true,
          cellParagraphs: (r, c) => (c === 3 ? quoteParagraphs(t.quotes[r] ?? []) : undefined),
        }),
      );
  }
}

/** Quotes of a code (with everything beneath it) or of given segments, one entry per segment. */
export function analysisQuotes(
  store: ProjectStore,
  filter: { codeId?: string | undefined; segmentIds?: readonly string[] | undefined; filter?: CoderFilter | undefined },
): AnalysisQuote[] {
  const scope = effectiveFilter(store, filter.filter);
  let codings: CodingRecord[];
  if (filter.codeId !== undefined) {
    const codes = store.listCodes();
    const target = codes.find((c) => c.id === filter.codeId);
    if (target === undefined) throw new DomainError('not-found', `No code with id ${filter.codeId} in this project.`);
    const rollup = rollupTo(codes, target.level);
    const ids = codes.filter((c) => rollup.get(c.id) === target.id).map((c) => c.id);
    codings = scopedCodings(store, scope, { codeIds: ids, ...(filter.segmentIds ? { segmentIds: filter.segmentIds } : {}) });
  } else {
    codings = scopedCodings(store, scope, { segmentIds: filter.segmentIds ?? [] });
  }
  const sources = documentSources(store);
  const bySegment = new Map<string, { first: CodingRecord; codeIds: CodeId[]; starred: boolean }>();
  for (const c of codings) {
    const entry = bySegment.get(c.segmentId);
    if (entry === undefined) bySegment.set(c.segmentId, { first: c, codeIds: [c.codeId], starred: c.starred });
    else {
      entry.codeIds.push(c.codeId);
      entry.starred ||= c.starred;
    }
  }
  return [...bySegment.values()].map(({ first, codeIds, starred }) => ({
    segmentId: first.segmentId,
    documentId: first.documentId,
    documentName: sources.get(first.documentId)?.name ?? '',
    source: sources.get(first.documentId)?.source ?? '',
    quote: first.quote,
    codeIds,
    starred,
  }));
}
