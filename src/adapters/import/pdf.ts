import { refuse } from './refusal';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * PDF → text through pdf.js's text layer, in reading order: items are grouped into lines by their
 * baseline and ordered left to right, lines top to bottom; a wider gap than the page's usual line
 * pitch, or an indented first line, starts a paragraph. Running headers and footers (the same line
 * at the top or bottom of most pages, page numbers aside) and bare page numbers are left out and
 * reported. Each page starts on a new line, and where it starts is returned, so the document keeps
 * page numbers as ranges. Pages without text (scanned images) are reported; a PDF with no text at
 * all is refused, since it needs OCR first.
 */
export interface PdfText {
  readonly text: string;
  readonly pageStarts: readonly { readonly page: number; readonly line: number }[];
  readonly repairs: readonly string[];
}

/** A sanity bound: a 100 MB file could hold this many pages of text at most. */
const MAX_PAGES = 20_000;

interface Item {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

interface Line {
  text: string;
  readonly x: number;
  readonly y: number;
  readonly height: number;
}

type PdfJs = typeof PdfJsModule;
let pdfjs: Promise<PdfJs> | undefined;
/** pdf.js is large; only PDF imports load it, so the CLI and app start without it. */
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs;
}

export async function extractPdfText(bytes: Uint8Array): Promise<PdfText> {
  if (bytes.length === 0) refuse('is empty');
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (!head.includes('%PDF-')) refuse('is not a PDF document (it does not start with “%PDF”)');
  const { getDocument } = await loadPdfJs();
  let doc: Awaited<ReturnType<typeof getDocument>['promise']>;
  try {
    // pdf.js takes ownership of (and detaches) the buffer it is given: hand it a copy.
    doc = await getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
    }).promise;
  } catch (error) {
    const name = (error as { name?: string } | null)?.name;
    if (name === 'PasswordException') refuse('is password-protected; save a copy without a password and import that');
    return refuse(`is not a valid PDF (${error instanceof Error ? error.message : String(error)}); it may be damaged or cut off`);
  }
  try {
    if (doc.numPages > MAX_PAGES) refuse(`has ${doc.numPages} pages; the limit is ${MAX_PAGES}`);
    const pages: Line[][] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const items: Item[] = [];
      for (const it of content.items) {
        if (!('str' in it) || it.str === '') continue;
        const [, , c = 0, d = 0, x = 0, y = 0] = it.transform as number[];
        items.push({ str: it.str, x, y, width: it.width, height: it.height || Math.hypot(c, d) || 10 });
      }
      pages.push(toLines(items));
      page.cleanup();
    }
    return assemble(pages);
  } finally {
    await doc.destroy();
  }
}

function toLines(items: readonly Item[]): Line[] {
  const lines: { items: Item[]; y: number; height: number }[] = [];
  for (const item of items) {
    const line = lines.find((l) => Math.abs(l.y - item.y) <= Math.max(l.height, item.height) * 0.4);
    if (line === undefined) lines.push({ items: [item], y: item.y, height: item.height });
    else line.items.push(item);
  }
  lines.sort((a, b) => b.y - a.y);
  return lines.map((l) => {
    const sorted = [...l.items].sort((a, b) => a.x - b.x);
    let text = '';
    let right = -Infinity;
    for (const item of sorted) {
      const gap = item.x - right;
      if (text !== '' && gap > item.height * 0.15 && !/\s$/.test(text) && !/^\s/.test(item.str)) text += ' ';
      text += item.str;
      right = item.x + item.width;
    }
    return { text: text.replace(/\s+$/, ''), x: sorted[0]?.x ?? 0, y: l.y, height: l.height };
  });
}

const PAGE_NUMBER = /^(?:(?:page|p\.|seite|página|pagina)\s*)?[-–—(]?\s*\d{1,5}\s*[-–—)]?(?:\s*(?:of|\/|von|de|sur)\s*\d{1,5})?$/i;

function shape(line: string): string {
  return line.trim().replace(/\d+/g, '#').toLowerCase();
}

/** A first or last line that repeats on at least half the pages is a running header or footer. */
function runningLines(pages: readonly Line[][], pick: (lines: readonly Line[]) => Line | undefined): Set<string> {
  const counts = new Map<string, number>();
  for (const lines of pages) {
    const line = pick(lines);
    if (line !== undefined) counts.set(shape(line.text), (counts.get(shape(line.text)) ?? 0) + 1);
  }
  const withText = pages.filter((p) => p.length > 0).length;
  return new Set([...counts].filter(([, n]) => withText >= 2 && n >= Math.max(2, withText / 2)).map(([s]) => s));
}

function assemble(pages: readonly Line[][]): PdfText {
  const headers = runningLines(pages, (l) => l[0]);
  const footers = runningLines(pages, (l) => l[l.length - 1]);
  let dropped = 0;
  const empty: number[] = [];
  const kept = pages.map((raw, i) => {
    if (raw.length === 0) empty.push(i + 1);
    return raw.filter((line, k) => {
      const edge = k === 0 || k === raw.length - 1;
      const running = (k === 0 && headers.has(shape(line.text))) || (k === raw.length - 1 && footers.has(shape(line.text)));
      const drop = line.text.trim() === '' || (edge && (running || PAGE_NUMBER.test(line.text.trim())));
      if (drop && line.text.trim() !== '') dropped++;
      return !drop;
    });
  });
  // One pitch for the whole document: a page of one-line paragraphs has no inner line to measure.
  const pitch = typicalPitch(kept);
  const out: string[] = [];
  const pageStarts: { page: number; line: number }[] = [];
  kept.forEach((lines, i) => {
    if (lines.length === 0) return;
    pageStarts.push({ page: i + 1, line: out.length });
    const left = Math.min(...lines.map((l) => l.x));
    lines.forEach((line, k) => {
      const previous = lines[k - 1];
      if (previous !== undefined) {
        const gap = previous.y - line.y;
        const indented = line.x - left > line.height * 1.5 && line.x - left < line.height * 8;
        if ((pitch > 0 && gap > pitch * 1.45) || indented) out.push('');
      }
      out.push(line.text);
    });
  });
  if (pageStarts.length === 0) {
    refuse('has no text layer (its pages look like scanned images); run text recognition (OCR) on it and import the result');
  }
  const repairs: string[] = [];
  if (empty.length > 0) {
    const one = empty.length === 1;
    repairs.push(
      `${one ? 'page' : 'pages'} ${list(empty)} ${one ? 'has' : 'have'} no text (scanned images?) and ${one ? 'was' : 'were'} left out`,
    );
  }
  if (dropped > 0) repairs.push(`${dropped} running header, footer or page-number ${dropped === 1 ? 'line was' : 'lines were'} left out`);
  return { text: out.join('\n'), pageStarts, repairs };
}

/** The usual distance between lines of a paragraph: a low percentile, as paragraph gaps are wider. */
function typicalPitch(pages: readonly Line[][]): number {
  const gaps: number[] = [];
  for (const lines of pages) {
    for (let k = 1; k < lines.length; k++) {
      const gap = lines[k - 1]!.y - lines[k]!.y;
      if (gap > 0) gaps.push(gap);
    }
  }
  gaps.sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length * 0.3)] ?? 0;
}

function list(pages: readonly number[]): string {
  return pages.length > 10 ? `${pages.slice(0, 10).join(', ')} and ${pages.length - 10} more` : pages.join(', ');
}
