import iconv from 'iconv-lite';
import { Tokenize } from 'rtf-stream-parser';
import type { Token } from 'rtf-stream-parser/dist/src/tokenize';
import { words as RTF_WORDS } from 'rtf-stream-parser/dist/src/words';
import { refuse } from './refusal';

/**
 * RTF → text. rtf-stream-parser tokenises (groups, control words, `\'hh` bytes, `\binN`); the
 * reading here keeps what a word processor shows: body text in its code page (`\ansicpg`, a font's
 * `\fcharset`), `\uN` characters with their `\uc` fallbacks skipped, paragraphs (`\par`) as blank-
 * line-separated paragraphs, `\line` as a line break, table cells as tabs. Destinations that are
 * not body text — font and colour tables, styles, document info, pictures, headers and footers,
 * field instructions, every `{\*…}` — are skipped; a field's shown result is kept.
 */
const DESTINATION = 5;
const KEPT_DESTINATIONS = new Set(['rtf', 'fldrslt']);
const SKIPPED_SYMBOLS = new Set(['header', 'headerl', 'headerr', 'headerf', 'footer', 'footerl', 'footerr', 'footerf']);

const SYMBOLS: Readonly<Record<string, string>> = {
  par: '\n\n',
  sect: '\n\n',
  page: '\n\n',
  row: '\n\n',
  line: '\n',
  tab: '\t',
  cell: '\t',
  lquote: '\u2018',
  rquote: '\u2019',
  ldblquote: '\u201c',
  rdblquote: '\u201d',
  bullet: '\u2022',
  endash: '\u2013',
  emdash: '\u2014',
  enspace: '\u2002',
  emspace: '\u2003',
  '~': '\u00a0',
  _: '\u2011',
  '-': '',
  '{': '{',
  '}': '}',
  '\\': '\\',
};

/** Windows charset numbers of `\fcharset` → code pages. */
const CHARSET_CODEPAGES: Readonly<Record<number, number>> = {
  0: 1252,
  77: 10000,
  128: 932,
  129: 949,
  134: 936,
  136: 950,
  161: 1253,
  162: 1254,
  163: 1258,
  177: 1255,
  178: 1256,
  186: 1257,
  204: 1251,
  222: 874,
  238: 1250,
  255: 437,
};

interface State {
  skip: boolean;
  uc: number;
  font: number | null;
  fontTable: boolean;
}

export function rtfToText(bytes: Uint8Array): { text: string; repairs: string[] } {
  if (bytes.length === 0) refuse('is empty');
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 16));
  if (!/^\s*\{\\rtf/.test(head)) refuse('is not an RTF document (it does not start with “{\\rtf”)');
  const tokens: Token[] = [];
  const tokenizer = new Tokenize();
  tokenizer.push = (token: Token) => {
    tokens.push(token);
    return true;
  };
  const done = (error?: unknown): void => {
    if (error) refuse(`is not a valid RTF document (${error instanceof Error ? error.message : String(error)})`);
  };
  tokenizer._transform(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), undefined, done);
  tokenizer._flush(done);
  return interpret(tokens);
}

function interpret(tokens: readonly Token[]): { text: string; repairs: string[] } {
  const out: string[] = [];
  const repairs = new Set<string>();
  const fonts = new Map<number, number>();
  let codepage = 1252;
  let defaultFont: number | null = null;
  let state: State = { skip: false, uc: 1, font: null, fontTable: false };
  const stack: State[] = [];
  let fontInTable: number | null = null;
  let toSkip = 0;
  let bytes: number[] = [];
  let groupJustOpened = false;

  const flushBytes = (): void => {
    if (bytes.length === 0) return;
    const font = state.font ?? defaultFont;
    const cp = (font === null ? undefined : fonts.get(font)) ?? codepage;
    const name = cp === 65001 ? 'utf8' : `cp${cp}`;
    if (iconv.encodingExists(name)) out.push(iconv.decode(Buffer.from(bytes), name));
    else {
      repairs.add(`text in code page ${cp}, which is not supported, was read as windows-1252`);
      out.push(iconv.decode(Buffer.from(bytes), 'windows-1252'));
    }
    bytes = [];
  };
  const emit = (s: string): void => {
    flushBytes();
    if (!state.skip) out.push(s);
  };

  for (const token of tokens) {
    const opened = groupJustOpened;
    groupJustOpened = false;
    if (token.type === 0) {
      flushBytes();
      stack.push(state);
      state = { ...state };
      groupJustOpened = true;
      continue;
    }
    if (token.type === 1) {
      flushBytes();
      state = stack.pop() ?? state;
      toSkip = 0;
      continue;
    }
    if (token.type === 3) {
      let data = [...token.data];
      if (toSkip > 0) {
        const n = Math.min(toSkip, data.length);
        data = data.slice(n);
        toSkip -= n;
      }
      if (!state.skip) bytes.push(...data);
      continue;
    }
    const word = token.word;
    const param = token.param;
    if (word === '*' && opened) {
      state.skip = true;
      continue;
    }
    if (state.fontTable) {
      if (word === 'f' && param !== undefined) fontInTable = param;
      else if (word === 'fcharset' && param !== undefined && fontInTable !== null) {
        const cp = CHARSET_CODEPAGES[param];
        if (cp !== undefined) fonts.set(fontInTable, cp);
      } else if (word === 'cpg' && param !== undefined && fontInTable !== null) fonts.set(fontInTable, param);
      continue;
    }
    if (opened && word === 'fonttbl') {
      state.fontTable = true;
      state.skip = true;
      continue;
    }
    if (
      opened &&
      (SKIPPED_SYMBOLS.has(word) || ((RTF_WORDS[word] as number | undefined) === DESTINATION && !KEPT_DESTINATIONS.has(word)))
    ) {
      flushBytes();
      state.skip = true;
      continue;
    }
    if (word === "'") {
      if (toSkip > 0) toSkip--;
      else if (!state.skip && token.data !== undefined) bytes.push(...token.data);
      continue;
    }
    if (word === 'u' && param !== undefined) {
      emit(String.fromCharCode(param < 0 ? param + 0x10000 : param));
      toSkip = state.uc;
      continue;
    }
    if (toSkip > 0 && (word in SYMBOLS || word.length === 1)) {
      toSkip--;
      continue;
    }
    if (word === 'uc' && param !== undefined) state.uc = param;
    else if (word === 'ansicpg' && param !== undefined) codepage = param;
    else if (word === 'deff' && param !== undefined) defaultFont = param;
    else if (word === 'f' && param !== undefined) {
      flushBytes();
      state.font = param;
    } else if (word === 'bin') continue;
    else if (SYMBOLS[word] !== undefined) emit(SYMBOLS[word]);
  }
  flushBytes();
  if (stack.length > 0) refuse('is damaged or cut off (it ends before all of its groups are closed)');
  const text = out
    .join('')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\s+$/g, '');
  return { text, repairs: [...repairs] };
}
