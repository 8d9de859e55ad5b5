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

function checked(text: string | null, encoding: string): DecodedText {
  if (text === null) return refuse(BINARY);
  if (text.length === 0) refuse('is empty');
  if (looksBinary(text)) refuse(BINARY);
  return { text, encoding };
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
