/**
 * The rules every stored string obeys, whichever door it came in by (UI, CLI, REFI-QDA, codebook
 * files, attribute CSV, merge). Three kinds:
 *
 * - a **name** (code, document, coder, attribute, speaker, project): trimmed, not blank, one line,
 *   no control characters, at most NAME_MAX characters;
 * - a **value** (an attribute value, a memo title, a source file name): the same but may be blank
 *   and may be up to VALUE_MAX characters;
 * - a **text** (a transcript, a definition, a memo, a quote): any number of lines, but valid
 *   Unicode (no lone surrogates) and none of the control characters that XML 1.0 cannot carry, so
 *   every exporter (DOCX, PPTX, XLSX, .qdpx) writes well-formed files for any stored value.
 *
 * `…Problem` functions say why a string breaks its rule (null when it obeys); `clean…` functions
 * repair a string from an untrusted file and say what they changed, for the import report.
 */

export const NAME_MAX = 500;
export const VALUE_MAX = 10_000;

export type StringRule = 'name' | 'value' | 'text';

/** C0 and C1 controls, DEL, line and paragraph separators and the two non-characters XML refuses. */
const LINE_CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufffe\uffff]/;
/** What a text may not hold: C0 controls other than tab and line feed, and U+FFFE/U+FFFF. */
const TEXT_CONTROL = /[\u0000-\u0008\u000b-\u001f\ufffe\uffff]/;
const TEXT_CONTROL_ALL = /[\u0000-\u0008\u000b-\u001f\ufffe\uffff]/g;
const LINE_BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]+/g;
const LINE_CONTROL_ALL = /[\u0000-\u001f\u007f-\u009f\ufffe\uffff]/g;

/** Why `value` is not a storable name, or null when it is one. */
export function nameProblem(value: string): string | null {
  if (value.trim() === '') return 'is blank';
  if (value !== value.trim()) return 'starts or ends with blank space';
  return lineProblem(value, NAME_MAX);
}

/** Why `value` is not a storable one-line value, or null. Blank is allowed. */
export function valueProblem(value: string): string | null {
  return lineProblem(value, VALUE_MAX);
}

/** Why `text` cannot be stored, or null. */
export function textProblem(text: string): string | null {
  if (!text.isWellFormed()) return 'contains an invalid character (a lone UTF-16 surrogate)';
  const control = TEXT_CONTROL.exec(text);
  if (control !== null) return `contains the control character ${codePoint(control[0])}`;
  return null;
}

export function ruleProblem(rule: StringRule, value: string): string | null {
  return rule === 'name' ? nameProblem(value) : rule === 'value' ? valueProblem(value) : textProblem(value);
}

function lineProblem(value: string, max: number): string | null {
  if (value.length > max) return `is ${value.length.toLocaleString('en')} characters long (at most ${max.toLocaleString('en')})`;
  const control = LINE_CONTROL.exec(value);
  if (control !== null) {
    return /[\n\r\u2028\u2029]/.test(control[0]) ? 'is not one line' : `contains the control character ${codePoint(control[0])}`;
  }
  if (!value.isWellFormed()) return 'contains an invalid character (a lone UTF-16 surrogate)';
  return null;
}

export interface Cleaned {
  readonly value: string;
  /** What was changed, as phrases for an import report ("line breaks joined"); empty when nothing. */
  readonly changes: readonly string[];
}

/**
 * Repairs a name from an untrusted file: line breaks and tabs become one space, other control
 * characters go, lone surrogates become U+FFFD, blank space is trimmed and a name over NAME_MAX is
 * cut (with "…"). A name that is blank afterwards becomes `fallback`.
 */
export function cleanName(raw: string, fallback: string): Cleaned {
  return cleanLine(raw, NAME_MAX, fallback);
}

/** As `cleanName`, for one-line values (blank stays blank). */
export function cleanValue(raw: string): Cleaned {
  return cleanLine(raw, VALUE_MAX, '');
}

function cleanLine(raw: string, max: number, fallback: string): Cleaned {
  const changes: string[] = [];
  let value = raw;
  if (/[\t\n\v\f\r\u0085\u2028\u2029]/.test(value)) {
    value = value.replace(LINE_BREAKS, ' ');
    changes.push('line breaks joined');
  }
  if (LINE_CONTROL.test(value)) {
    value = value.replace(LINE_CONTROL_ALL, '');
    changes.push('control characters removed');
  }
  if (!value.isWellFormed()) {
    value = value.toWellFormed();
    changes.push('invalid characters replaced');
  }
  value = value.trim();
  if (value.length > max) {
    value = `${cutAt(value, max - 1).trimEnd()}…`;
    changes.push(`cut to ${max.toLocaleString('en')} characters`);
  }
  if (value === '' && fallback !== '') {
    changes.push(`blank, named "${fallback}"`);
    value = fallback;
  }
  return { value, changes };
}

export interface CleanedText {
  readonly text: string;
  /** Characters replaced (each by exactly one UTF-16 unit, so offsets into the text stay valid). */
  readonly replaced: number;
}

/**
 * Makes untrusted text storable without moving any offset: each lone surrogate and each forbidden
 * control character is replaced by one UTF-16 unit — U+000B and U+000C (Word's manual line and
 * page breaks) by a line feed, everything else by U+FFFD. Line ends must already be `\n`.
 */
export function cleanText(raw: string): CleanedText {
  let text = raw;
  let replaced = 0;
  if (!text.isWellFormed()) {
    const fixed = text.toWellFormed();
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) !== fixed.charCodeAt(i)) replaced++;
    text = fixed;
  }
  if (TEXT_CONTROL.test(text)) {
    text = text.replace(TEXT_CONTROL_ALL, (c) => {
      replaced++;
      return c === '\v' || c === '\f' ? '\n' : '\ufffd';
    });
  }
  return { text, replaced };
}

/** `base (n)`, cutting `base` so the result still fits NAME_MAX: how duplicates are told apart. */
export function numberedName(base: string, n: number): string {
  const suffix = ` (${n})`;
  const room = NAME_MAX - suffix.length;
  return `${base.length > room ? cutAt(base, room).trimEnd() : base}${suffix}`;
}

/** A name as it may be quoted in a message: cleaned and short, so a hostile name cannot flood the screen. */
export function shownName(raw: string, max = 60): string {
  const { value } = cleanLine(raw, Math.max(max, 2), '');
  return value.length > max ? `${cutAt(value, max - 1)}…` : value;
}

/** Cuts to at most `length` UTF-16 units without splitting a surrogate pair. */
function cutAt(value: string, length: number): string {
  const code = value.charCodeAt(length - 1);
  return value.slice(0, code >= 0xd800 && code <= 0xdbff ? length - 1 : length);
}

function codePoint(c: string): string {
  return `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}
