import { LEVEL_LABEL } from '../../core/codebook';
import { reportMemo, memoReportMarkdown, type ReportMemo, type ReportSection } from '../../core/memo-report';
import { memoReportDocx } from '../../adapters/export';
import type { ExportedFile } from '../../shared/features/analysis-types';
import type { MemoEntry, MemoReportFormat } from '../../shared/features/memos-types';
import type { ProjectStore } from '../../storage';
import { exported, fileStem } from '../analysis/files';
import { listMemoEntries } from './entries';

const TITLE = 'Memos';

/** "Dimension › Theme › Concept" for a code, as far as it is grouped. */
function codePath(store: ProjectStore): (id: string) => string {
  const codes = store.listCodes();
  const byId = new Map(codes.map((c) => [c.id as string, c] as const));
  return (id) => {
    const chain: string[] = [];
    let c = byId.get(id);
    while (c !== undefined && chain.length < 3) {
      chain.unshift(c.name);
      c = c.parentId === null ? undefined : byId.get(c.parentId);
    }
    const level = byId.get(id)?.level;
    return `${level ? LEVEL_LABEL[level] : 'Code'}${chain.length > 1 ? `: ${chain.join(' › ')}` : ''}`;
  };
}

function meta(e: MemoEntry, extra: string): string {
  const parts = [extra, e.author === null ? '' : `by ${e.author}`, `updated ${e.memo.updatedAt.slice(0, 10)}`];
  return parts.filter((p) => p !== '').join(' · ');
}

/** Every memo as a report (DOCX or Markdown): the project memo, then documents, codes and quotations. */
export async function exportMemoReport(store: ProjectStore, format: MemoReportFormat): Promise<ExportedFile> {
  const entries = listMemoEntries(store);
  const path = codePath(store);
  const of = (kind: MemoEntry['memo']['targetKind'], build: (e: MemoEntry) => ReportMemo) =>
    entries.filter((e) => e.memo.targetKind === kind).map(build);
  const memo = (e: MemoEntry, heading: string, extra: string, quote: string | null = null) =>
    reportMemo(heading, meta(e, extra), quote, e.memo.bodyJson, e.memo.bodyText);
  const sections: ReportSection[] = [
    { title: 'Project memo (analytic journal)', memos: of('project', (e) => memo(e, store.project()?.name ?? 'Project', '')) },
    { title: 'Document memos', memos: of('document', (e) => memo(e, e.target, 'Document')) },
    { title: 'Code memos', memos: of('code', (e) => memo(e, e.target, path(e.codeId ?? ''))) },
    {
      title: 'Quotation memos',
      memos: of('segment', (e) => memo(e, `${e.source ?? ''}: ${e.target}`, `Quotation from ${e.source ?? 'an informant'}`, e.quote)),
    },
    { title: 'Case memos', memos: of('case', (e) => memo(e, e.target, 'Case')) },
    { title: 'Relation memos', memos: of('relation', (e) => memo(e, e.target, 'Relation')) },
  ];
  const stem = fileStem(store);
  if (format === 'md') return exported(stem, 'memos', format, memoReportMarkdown(TITLE, sections), [`${entries.length} memos.`]);
  return exported(stem, 'memos', format, await memoReportDocx(TITLE, sections), [`${entries.length} memos.`]);
}
