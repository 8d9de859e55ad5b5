/**
 * Clock positions in transcripts and subtitles, as milliseconds from the start of the recording.
 *
 * Transcription services write them many ways: `00:01:23` (Rev, Trint), `1:23` and `1:02:03`
 * (Otter), `00:01:23.456` (WebVTT), `00:01:23,456` (SubRip). One parser reads them all so every
 * format agrees on what a turn's `startMs` means.
 */

/**
 * A timecode anywhere in a string: `[h]h:mm:ss` or `m:ss` / `mm:ss`, with an optional fraction
 * after `.` or `,`. Exposed as a source so other patterns can embed it.
 */
export const TIMECODE_SOURCE = String.raw`(?:\d{1,3}:)?\d{1,3}:\d{2}(?:[.,]\d{1,3})?`;

const WHOLE = /^(?:(\d{1,3}):)?(\d{1,3}):(\d{2})(?:[.,](\d{1,3}))?$/;

/**
 * Parses one timecode to milliseconds, or `null` when it is not one. With an hours part, minutes
 * must be below 60; seconds always must be. A fraction of one or two digits is tenths or
 * hundredths (`1:02.5` is 62 500 ms), never thousandths.
 *
 * @example parseTimecode("00:01:23,456") === 83_456
 * @example parseTimecode("1:02:03") === 3_723_000
 * @example parseTimecode("10:75") === null
 */
export function parseTimecode(value: string): number | null {
  const match = WHOLE.exec(value.trim());
  if (match === null) return null;
  const [, h, m, s, fraction] = match;
  const hours = h === undefined ? 0 : Number(h);
  const minutes = Number(m);
  const seconds = Number(s);
  if (seconds >= 60 || (h !== undefined && minutes >= 60)) return null;
  const ms = fraction === undefined ? 0 : Math.round(Number(`0.${fraction}`) * 1000);
  return ((hours * 60 + minutes) * 60 + seconds) * 1000 + ms;
}

/**
 * Formats milliseconds as `hh:mm:ss.mmm` (WebVTT style), for messages and exports.
 * @example formatTimecode(83_456) === "00:01:23.456"
 */
/**
 * A time stamp as transcription tools write it inside running text: f4/f5 and MAXQDA's
 * `#00:01:02-5#` (tenths after the dash) or `#00:01:02.5#`, and `[00:01:02]`, `(00:01:02)`,
 * `{00:01:02}`. Exposed as a source for patterns that look for one at a line's start or end.
 */
export const STAMP_SOURCE = String.raw`(?:#(?:\d{1,3}:)?\d{1,3}:\d{2}(?:[-.,]\d{1,3})?#|[\[({](?:\d{1,3}:)?\d{1,3}:\d{2}(?:[.,]\d{1,3})?[\])}])`;

/**
 * Milliseconds of one stamp in any of the `STAMP_SOURCE` forms, or `null`.
 * @example parseStamp("#00:01:02-5#") === 62_500
 * @example parseStamp("{1:02}") === 62_000
 */
export function parseStamp(stamp: string): number | null {
  const inner = stamp.trim().slice(1, -1);
  return parseTimecode(stamp.trim().startsWith('#') ? inner.replace('-', '.') : inner);
}

/**
 * A clock with unpadded fields, as Microsoft Teams writes cue times in its Word transcripts
 * (`0:0:4.270`), or `null` when `value` is not one.
 * @example parseLooseClock("0:0:4.270") === 4_270
 */
export function parseLooseClock(value: string): number | null {
  const m = /^(?:(\d{1,3}):)?(\d{1,2}):(\d{1,2})(?:[.,](\d{1,3}))?$/.exec(value.trim());
  if (m === null) return null;
  const [, h, min, sec, fraction] = m;
  const seconds = Number(sec);
  const minutes = Number(min);
  if (seconds >= 60 || minutes >= 60) return null;
  const ms = fraction === undefined ? 0 : Math.round(Number(`0.${fraction}`) * 1000);
  return ((Number(h ?? 0) * 60 + minutes) * 60 + seconds) * 1000 + ms;
}

export function formatTimecode(ms: number): string {
  const whole = Math.max(0, Math.round(ms));
  const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
  const hours = Math.floor(whole / 3_600_000);
  const minutes = Math.floor(whole / 60_000) % 60;
  const seconds = Math.floor(whole / 1000) % 60;
  return `${pad(hours)}:${pad(minutes)}:${pad(seconds)}.${pad(whole % 1000, 3)}`;
}
