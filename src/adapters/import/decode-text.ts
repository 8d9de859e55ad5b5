import chardet from 'chardet';
import iconv from 'iconv-lite';
import { refuse } from './refusal';

/**
 * Bytes of a text file → its characters, exactly. The order matters: a byte-order mark is
 * believed first, then the NUL pattern of BOM-less UTF-16, then strict UTF-8 (valid UTF-8 is
 * almost never an accident), and only then statistical detection of legacy encodings.
 */
export interface DecodedText {
  /** Decoded characters, BOM removed, line endings NOT yet normalised. */
  readonly text: string;
  /** Human name of what was found: 'UTF-8', 'UTF-8 with BOM', 'UTF-16LE with BOM', 'windows-1252'. */
  readonly encoding: string;
  /** What was not clean, as sentences for the import report ("line 7 … read as windows-1252"). */
  readonly repairs: readonly string[];
}

/** Enough to judge the NUL pattern and control-character ratio without scanning 100 MB. */
const SAMPLE_BYTES = 64 * 1024;
/** chardet reads the whole buffer it is given; 64 KB is plenty to tell encodings apart. */
const DETECT_BYTES = 64 * 1024;
/**
 * Share of control characters (other than tab, line breaks and form feeds) above which a file is
 * data, not prose. Real transcripts hold a stray \x0B or \x1A from old editors at most.
 */
const MAX_CONTROL_RATIO = 0.05;

const BINARY = 'looks like a binary file, not a transcript';

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) refuse('is empty');
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return checked(utf8(bytes.subarray(3), true), 'UTF-8 with BOM');
  if (startsWith(bytes, [0xff, 0xfe])) return checked(utf16(bytes.subarray(2), 'le'), 'UTF-16LE with BOM');
  if (startsWith(bytes, [0xfe, 0xff])) return checked(utf16(bytes.subarray(2), 'be'), 'UTF-16BE with BOM');

  const order = bomlessUtf16(bytes);
  if (order !== null) return checked(utf16(bytes, order), order === 'le' ? 'UTF-16LE' : 'UTF-16BE');
  if (bytes.includes(0)) refuse(BINARY);

  const text = utf8(bytes, false);
  if (text !== null) return checked(text, 'UTF-8');
  // Valid multi-byte sequences mean the file is UTF-8 with a few bad lines, not a legacy file.
  if (hasUtf8Sequence(bytes)) return mixedUtf8(bytes);

  const detected = chardet.detect(bytes.subarray(0, DETECT_BYTES));
  // ISO-8859-1 is read as its superset windows-1252, as browsers do: only the latter has “ ” – €.
  const encoding = detected === 'ISO-8859-1' ? 'windows-1252' : detected;
  if (encoding === null || encoding.startsWith('UTF') || !iconv.encodingExists(encoding)) {
    refuse('uses a text encoding that could not be recognised; save it as UTF-8 and import it again');
  }
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return checked(iconv.decode(buffer, encoding, { stripBOM: false }), encoding);
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function utf8(bytes: Uint8Array, hasBom: boolean): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    if (hasBom) refuse('starts with a UTF-8 marker but contains bytes that are not UTF-8; it may be damaged');
    return null;
  }
}

function utf16(bytes: Uint8Array, order: 'le' | 'be'): string {
  if (bytes.length % 2 !== 0) refuse('is UTF-16 text with an odd number of bytes; it may be cut off');
  let input = bytes;
  if (order === 'be') {
    // TextDecoder's utf-16be needs full ICU; swapping the bytes works on every Node build.
    input = new Uint8Array(bytes.length);
    for (let i = 0; i < bytes.length; i += 2) {
      input[i] = bytes[i + 1] ?? 0;
      input[i + 1] = bytes[i] ?? 0;
    }
  }
  try {
    return new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }).decode(input);
  } catch {
    return refuse('is UTF-16 text with broken characters (unpaired surrogates); it may be damaged');
  }
}

/**
 * UTF-16 without a BOM shows as NUL bytes in one parity only: every ASCII character (spaces, line
 * breaks, digits, Latin letters) has a zero high byte. A binary file has NULs at both parities.
 */
function bomlessUtf16(bytes: Uint8Array): 'le' | 'be' | null {
  const sample = bytes.subarray(0, SAMPLE_BYTES - (SAMPLE_BYTES % 2));
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] === 0) {
      if (i % 2 === 0) even++;
      else odd++;
    }
  }
  const pairs = Math.floor(sample.length / 2);
  if (pairs === 0 || bytes.length % 2 !== 0) return null;
  if (odd >= pairs * 0.1 && even * 50 <= odd) return 'le';
  if (even >= pairs * 0.1 && odd * 50 <= even) return 'be';
  return null;
}

function checked(text: string | null, encoding: string, repairs: readonly string[] = []): DecodedText {
  if (text === null) return refuse(BINARY);
  if (text.length === 0) refuse('is empty');
  if (looksBinary(text)) refuse(BINARY);
  return { text, encoding, repairs };
}

/** A well-formed 2–4 byte UTF-8 sequence anywhere in the first `DETECT_BYTES`. */
function hasUtf8Sequence(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, DETECT_BYTES);
  for (let i = 0; i < end; i++) {
    const b = bytes[i]!;
    const n = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    if (n === 0) continue;
    let ok = i + n < bytes.length;
    for (let k = 1; ok && k <= n; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) return true;
  }
  return false;
}

/** Bytes windows-1252 leaves undefined; a line holding one is not windows-1252 either. */
const CP1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * UTF-8 read line by line. A line that is not UTF-8 but holds no UTF-8 sequence at all, only
 * bytes windows-1252 defines, was pasted from a legacy source: it is read as windows-1252. Any
 * other bad byte becomes U+FFFD. Both are reported with their line numbers.
 */
function mixedUtf8(bytes: Uint8Array): DecodedText {
  const parts: string[] = [];
  const legacyLines: number[] = [];
  const replacedLines: number[] = [];
  let replaced = 0;
  let line = 1;
  for (let start = 0; start <= bytes.length; line++) {
    let end = bytes.indexOf(0x0a, start);
    if (end === -1) end = bytes.length;
    const chunk = bytes.subarray(start, end);
    try {
      parts.push(strict.decode(chunk));
    } catch {
      if (!hasUtf8Sequence(chunk) && !chunk.some((b) => CP1252_UNDEFINED.has(b))) {
        parts.push(iconv.decode(Buffer.from(chunk), 'windows-1252'));
        legacyLines.push(line);
      } else {
        const decoded = lenient.decode(chunk);
        replaced += countReplacements(decoded) - countReplacements(chunk.length > 0 ? decodeValidOnly(chunk) : '');
        parts.push(decoded);
        replacedLines.push(line);
      }
    }
    if (end === bytes.length) break;
    parts.push('\n');
    start = end + 1;
  }
  const repairs: string[] = [];
  const notes: string[] = [];
  if (legacyLines.length > 0) {
    repairs.push(
      `${lineList(legacyLines)} ${legacyLines.length === 1 ? 'is' : 'are'} not UTF-8 and ${legacyLines.length === 1 ? 'was' : 'were'} read as windows-1252`,
    );
    notes.push(`${legacyLines.length} ${legacyLines.length === 1 ? 'line' : 'lines'} windows-1252`);
  }
  if (replacedLines.length > 0) {
    repairs.push(
      `${replaced} ${replaced === 1 ? 'byte' : 'bytes'} that ${replaced === 1 ? 'is' : 'are'} not UTF-8 on ${lineList(replacedLines)} replaced by �`,
    );
    notes.push(`${replaced} ${replaced === 1 ? 'byte' : 'bytes'} replaced`);
  }
  return checked(parts.join(''), `UTF-8 (${notes.join(', ')})`, repairs);
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) n++;
  return n;
}

/** U+FFFD characters the bytes really contain (EF BF BD), which are not replacements. */
function decodeValidOnly(chunk: Uint8Array): string {
  let n = 0;
  for (let i = 0; i + 2 < chunk.length; i++) if (chunk[i] === 0xef && chunk[i + 1] === 0xbf && chunk[i + 2] === 0xbd) n++;
  return '\uFFFD'.repeat(n);
}

function lineList(lines: readonly number[]): string {
  const shown = lines.slice(0, 8).join(', ') + (lines.length > 8 ? ` and ${lines.length - 8} more` : '');
  return `${lines.length === 1 ? 'line' : 'lines'} ${shown}`;
}

function looksBinary(text: string): boolean {
  const sample = text.length > SAMPLE_BYTES ? text.slice(0, SAMPLE_BYTES) : text;
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d) || (c >= 0x7f && c <= 0x9f)) controls++;
  }
  return controls > sample.length * MAX_CONTROL_RATIO;
}
