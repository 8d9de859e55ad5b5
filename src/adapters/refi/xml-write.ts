/**
 * A tiny deterministic XML writer: attributes in the order given, two-space indent, `\n` line
 * ends. Hand-written rather than a builder library because byte-identical output across runs is a
 * requirement (stable diffs of exported projects) and the escaping rules below matter for quotes.
 */

// XML 1.0 cannot carry C0 controls other than tab, LF and CR, not even as character references.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text content: `\r` must be a reference or a parser turns CRLF into LF and the text changes. */
const NEEDS_ESCAPE = /[&<>\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

export function escapeText(value: string): string {
  if (!NEEDS_ESCAPE.test(value)) return value;
  return value.replace(FORBIDDEN, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** Attribute values: literal tabs and line breaks would be normalised to spaces by every parser. */
export function escapeAttribute(value: string): string {
  if (!NEEDS_ESCAPE.test(value) && !/["\n\t]/.test(value)) return value;
  return escapeText(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

export type Attrs = ReadonlyArray<readonly [string, string | number | boolean | null | undefined]>;

/** Text handed to a sink in pieces of about this many characters, so no writer holds a whole document. */
const FLUSH_AT = 1 << 20;

export class XmlWriter {
  private parts: string[] = ['<?xml version="1.0" encoding="utf-8"?>\n'];
  private buffered = 0;
  private depth = 0;

  /** Without a sink the document is kept for `toString`; with one it leaves in pieces as it is written. */
  constructor(private readonly sink: ((text: string) => void) | null = null) {}

  private push(text: string): void {
    this.parts.push(text);
    this.buffered += text.length;
    if (this.sink !== null && this.buffered >= FLUSH_AT) this.flush();
  }

  /** Hands what is buffered to the sink (call once more after the last element). */
  flush(): void {
    if (this.sink === null || this.parts.length === 0) return;
    this.sink(this.parts.join(''));
    this.parts = [];
    this.buffered = 0;
  }

  private attrs(attrs: Attrs): string {
    let out = '';
    for (const [name, value] of attrs) {
      if (value === null || value === undefined) continue;
      out += ` ${name}="${escapeAttribute(String(value))}"`;
    }
    return out;
  }

  private indent(): string {
    return '  '.repeat(this.depth);
  }

  open(name: string, attrs: Attrs = []): void {
    this.push(`${this.indent()}<${name}${this.attrs(attrs)}>\n`);
    this.depth++;
  }

  close(name: string): void {
    this.depth--;
    this.push(`${this.indent()}</${name}>\n`);
  }

  empty(name: string, attrs: Attrs = []): void {
    this.push(`${this.indent()}<${name}${this.attrs(attrs)}/>\n`);
  }

  /** An element holding text only; the text is written verbatim (no indentation added inside). */
  text(name: string, value: string, attrs: Attrs = []): void {
    this.push(`${this.indent()}<${name}${this.attrs(attrs)}>${escapeText(value)}</${name}>\n`);
  }

  /** Opens `name` only when `children` is non-empty (the schemas forbid empty wrapper elements). */
  list<T>(name: string, children: readonly T[], each: (child: T) => void): void {
    if (children.length === 0) return;
    this.open(name);
    for (const child of children) each(child);
    this.close(name);
  }

  toString(): string {
    return this.parts.join('');
  }
}
