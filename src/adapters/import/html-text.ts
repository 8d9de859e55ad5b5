import { Parser } from 'htmlparser2';

/**
 * HTML → transcript text: one paragraph per block element, separated by a blank line; `<br>` is
 * a line break; table rows are lines with their cells joined by a tab. Head, scripts, styles and
 * templates are not text. Runs of spaces and newlines inside a block collapse as a browser shows
 * them. Tables are also returned as rows of cells, for speaker/time/text tables.
 */
export interface HtmlText {
  readonly text: string;
  readonly tables: readonly (readonly (readonly string[])[])[];
}

const BLOCKS = new Set([
  'p',
  'div',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'section',
  'article',
  'header',
  'footer',
  'dt',
  'dd',
  'figcaption',
  'address',
  'table',
  'ul',
  'ol',
  'dl',
  'body',
]);
const SKIPPED = new Set(['head', 'script', 'style', 'template', 'noscript', 'title', 'svg', 'math']);
/** Nesting past this is not a transcript; the parser itself is iterative, this caps our own stack. */
const MAX_DEPTH = 256;

/**
 * `preserveSpaces`: the HTML was generated (mammoth) and its spaces and tabs are the document's
 * own. `cellParagraphs`: each table cell is a paragraph of its own, as Word's plain text has it.
 */
export function htmlToText(html: string, options: { preserveSpaces?: boolean; cellParagraphs?: boolean } = {}): HtmlText {
  const paragraphs: string[] = [];
  const tables: string[][][] = [];
  let current = '';
  let skip = 0;
  let pre = 0;
  let depth = 0;
  let row: string[] | null = null;
  let cell: string | null = null;
  const tableStack: string[][][] = [];

  const flush = (): void => {
    const text = current
      .split('\n')
      .map((l) => (options.preserveSpaces === true ? l : l.replace(/[ \t\r\f\u00a0]+$/g, '').replace(/^[ \t\r\f]+/g, '')))
      .join('\n')
      .replace(/^\n+|\n+$/g, '');
    if (/\S/.test(text)) paragraphs.push(text);
    current = '';
  };
  const append = (s: string): void => {
    if (cell !== null) cell += s;
    else current += s;
  };

  const parser = new Parser(
    {
      onopentag(name) {
        depth++;
        if (depth > MAX_DEPTH) throw new Error(`the HTML is nested more than ${MAX_DEPTH} levels deep`);
        if (SKIPPED.has(name)) skip++;
        if (skip > 0) return;
        if (name === 'pre') pre++;
        if (name === 'br') append('\n');
        else if (name === 'table') {
          flush();
          tableStack.push([]);
        } else if (name === 'tr') row = [];
        else if (name === 'td' || name === 'th') cell = '';
        else if (BLOCKS.has(name)) {
          if (cell === null) flush();
          else if (cell !== '') cell += '\n';
        }
      },
      ontext(data) {
        if (skip > 0) return;
        append(pre > 0 || options.preserveSpaces === true ? data : data.replace(/[ \t\n\r\f]+/g, ' '));
      },
      onclosetag(name) {
        depth--;
        if (SKIPPED.has(name)) {
          skip = Math.max(0, skip - 1);
          return;
        }
        if (skip > 0) return;
        if (name === 'pre') pre = Math.max(0, pre - 1);
        if ((name === 'td' || name === 'th') && cell !== null && row !== null) {
          const own: string = cell;
          cell = null;
          row.push(own.replace(/\s+/g, ' ').trim());
          if (options.cellParagraphs === true) {
            current = own;
            flush();
          }
        } else if (name === 'tr' && row !== null) {
          tableStack[tableStack.length - 1]?.push(row);
          if (options.cellParagraphs !== true && row.some((c) => c !== '')) current += `${current === '' ? '' : '\n'}${row.join('\t')}`;
          row = null;
        } else if (name === 'table') {
          flush();
          const table = tableStack.pop();
          if (table !== undefined && table.length > 0) tables.push(table);
        } else if (BLOCKS.has(name) && cell === null) flush();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return { text: paragraphs.join('\n\n'), tables };
}
