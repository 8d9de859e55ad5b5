import { displayCells, displayHeaders, type GroupedTable } from './grouped-table';

/**
 * Escapes text for a GitHub-flavoured Markdown table cell so it reads as the words themselves:
 * HTML (a quoted `<b>urgent</b>` or `<script>`) becomes entities, Markdown emphasis, code, link and
 * strike marks are backslash-escaped, pipes cannot end the cell, and line breaks become `<br>`
 * (the only markup we write ourselves).
 *
 * @example markdownCell('<b>a</b> *b*') // '&lt;b&gt;a&lt;/b&gt; \\*b\\*'
 */
export function markdownCell(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]~|]/g, (c) => `\\${c}`)
    .replace(/\r?\n\r?\n/g, '<br><br>')
    .replace(/\r?\n/g, '<br>');
}

/** A GitHub-flavoured Markdown table; repeated group labels are left blank, as in print. */
export function groupedToMarkdown(t: GroupedTable, title?: string): string {
  const lines: string[] = [];
  if (title !== undefined) lines.push(`**${markdownCell(title)}**`, '');
  const headers = displayHeaders(t);
  lines.push(`| ${headers.map(markdownCell).join(' | ')} |`);
  lines.push(`|${headers.map(() => ' --- ').join('|')}|`);
  for (const r of t.rows) lines.push(`| ${displayCells(r, t).map(markdownCell).join(' | ')} |`);
  return `${lines.join('\n')}\n`;
}
