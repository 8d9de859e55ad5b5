import { memoBlocks, type MemoBlock, type MemoRun } from './memo-blocks';
import { markdownCell } from './tables/markdown';

/** One memo as the report prints it. */
export interface ReportMemo {
  /** What it is on: a document or code name, or the quotation. */
  readonly heading: string;
  /** "Dimension › Theme › Concept", the quotation's informant, the author and date. */
  readonly meta: string;
  /** The quotation a quotation memo is written on, printed before the memo. */
  readonly quote: string | null;
  readonly blocks: readonly MemoBlock[];
}

export interface ReportSection {
  readonly title: string;
  readonly memos: readonly ReportMemo[];
}

export function reportMemo(heading: string, meta: string, quote: string | null, bodyJson: string, bodyText: string): ReportMemo {
  return { heading, meta, quote, blocks: memoBlocks(bodyJson, bodyText) };
}

function mdRuns(runs: readonly MemoRun[]): string {
  return runs
    .map((r) => {
      const text = markdownCell(r.text).replace(/<br>/g, '  \n');
      if (text.trim() === '' || (!r.bold && !r.italic)) return text;
      // Emphasis cannot open or close on a space: keep the run's edge spaces outside the marks.
      const [, lead = '', core = '', trail = ''] = /^(\s*)(.*?)(\s*)$/s.exec(text) ?? [];
      const mark = r.bold && r.italic ? '***' : r.bold ? '**' : '*';
      return `${lead}${mark}${core}${mark}${trail}`;
    })
    .join('');
}

/** The memo report as Markdown: a section per kind of target, a heading per memo, escaped text. */
export function memoReportMarkdown(title: string, sections: readonly ReportSection[]): string {
  const out: string[] = [`# ${markdownCell(title)}`, ''];
  for (const s of sections) {
    if (s.memos.length === 0) continue;
    out.push(`## ${markdownCell(s.title)}`, '');
    for (const m of s.memos) {
      out.push(`### ${markdownCell(m.heading)}`, '');
      if (m.meta !== '') out.push(`*${markdownCell(m.meta)}*`, '');
      if (m.quote !== null) out.push(`> “${markdownCell(m.quote)}”`, '');
      let n = 0;
      for (const b of m.blocks) {
        n = b.kind === 'number' ? n + 1 : 0;
        const text = mdRuns(b.runs);
        out.push(b.kind === 'bullet' ? `- ${text}` : b.kind === 'number' ? `${n}. ${text}` : b.kind === 'heading' ? `**${text}**` : text);
        if (b.kind === 'paragraph' || b.kind === 'heading') out.push('');
      }
      out.push('');
    }
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
