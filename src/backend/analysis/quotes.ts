import type { CodeId, DocumentId } from '../../core/ids';
import { DomainError } from '../../core/result';
import {
  groupedToLatex,
  groupedToMarkdown,
  representativeRows,
  representativeTable,
  structureFigure,
  type QuoteCandidate,
} from '../../core/tables';
import { groupedTableToDocx, groupedTableToXlsx, quoteParagraphs } from '../../adapters/export';
import { rollupTo } from '../../core/matrix';
import type { AnalysisQuote, ExportedFile, QuotesFormat, QuotesTable } from '../../shared/features/analysis-types';
import type { ProjectStore } from '../../storage';
import { listCodings, type CodingRecord } from '../../storage/analysis-repo';
import { exported, fileStem } from './files';
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

function candidates(store: ProjectStore): QuoteCandidate[] {
  const sources = documentSources(store);
  return listCodings(store.conn).map((c) => ({
    segmentId: c.segmentId,
    codeId: c.codeId,
    documentId: c.documentId,
    text: c.quote,
    start: c.start,
    end: c.end,
    source: sources.get(c.documentId)?.source ?? '?',
    starred: c.starred,
  }));
}

export function getQuotesTable(store: ProjectStore, perConcept: number): QuotesTable {
  const figure = structureFigure(store.listCodes(), DEFAULT_FIGURE);
  return { perConcept, rows: representativeRows(figure.structure, candidates(store), perConcept) };
}

export async function exportQuotesTable(store: ProjectStore, format: QuotesFormat, perConcept: number): Promise<ExportedFile> {
  const t = representativeTable(getQuotesTable(store, perConcept).rows);
  const stem = fileStem(store);
  const kind = 'representative-data';
  const title = 'Representative data supporting the data structure';
  const widths = [0.15, 0.18, 0.2, 0.47];
  switch (format) {
    case 'md':
      return exported(stem, kind, format, groupedToMarkdown(t, title));
    case 'tex':
      return exported(
        stem,
        kind,
        format,
        groupedToLatex(t, { caption: title, label: 'tab:representative-data', widths: widths.map((w) => w * 0.96) }),
      );
    case 'xlsx':
      return exported(stem, kind, format, await groupedTableToXlsx(t, { sheet: 'representative data', widths: [24, 28, 32, 90] }));
    case 'docx':
      return exported(
        stem,
        kind,
        format,
        await groupedTableToDocx(t, {
          title,
          widths,
          landscape: true,
          cellParagraphs: (r, c) => (c === 3 ? quoteParagraphs(t.quotes[r] ?? []) : undefined),
        }),
      );
  }
}

/** Quotes of a code (with everything beneath it) or of given segments, one entry per segment. */
export function analysisQuotes(store: ProjectStore, filter: { codeId?: string; segmentIds?: readonly string[] }): AnalysisQuote[] {
  let codings: CodingRecord[];
  if (filter.codeId !== undefined) {
    const codes = store.listCodes();
    const target = codes.find((c) => c.id === filter.codeId);
    if (target === undefined) throw new DomainError('not-found', `No code with id ${filter.codeId} in this project.`);
    const rollup = rollupTo(codes, target.level);
    const ids = codes.filter((c) => rollup.get(c.id) === target.id).map((c) => c.id);
    codings = listCodings(store.conn, { codeIds: ids, ...(filter.segmentIds ? { segmentIds: filter.segmentIds } : {}) });
  } else {
    codings = listCodings(store.conn, { segmentIds: filter.segmentIds ?? [] });
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
