import type { Cue } from '../../core/cue-transcript';
import { formatTimecode, parseTimecode } from '../../core/timecodes';
import { refuse } from './refusal';
import { isBlank, joinCueLines, splitLines, type CueFile } from './subtitle-text';

/**
 * SubRip (.srt) → cues. A cue is found by its timing line (`00:01:02,345 --> 00:01:04,000`), not
 * by counting blank lines, so a blank line inside a cue's text or a missing cue number does not
 * derail the rest. A damaged timing line (`00:01:02,345 -> 00:01:04`, `00:01:62,000 --> …`) still
 * starts a cue: its text is kept without a time and the cue is reported, never pasted into the
 * cue before. Styling (`<i> <b> <u> <s> <font …>`, `{\an8}` position codes) is not speech and is
 * removed; speakers written as `SPEAKER: words` or `[Name] words` are found later, in the core.
 */
const TIMING = /^[ \t]*(\d{1,3}:\d{2}:\d{2}(?:[,.]\d{1,3})?)[ \t]*-->[ \t]*(\d{1,3}:\d{2}:\d{2}(?:[,.]\d{1,3})?)/;
/** What a timing line looks like, even broken: two clock-ish values around an arrow. */
export const TIMING_LIKE =
  /^[ \t]*\d{1,3}:\d{1,2}[:.,\d]*[ \t]*(?:-{1,3}>?|[–—]>?|=>)[ \t]*\d{1,3}:\d{1,2}[:.,\d]*(?:[ \t]+[A-Za-z0-9]+:\S+)*[ \t]*$/;
const CUE_NUMBER = /^[ \t]*\d+[ \t]*$/;
const STYLING = /<\/?(?:i|b|u|s)>|<font\b[^>]*>|<\/font>|\{\\[^}]*\}|\{\/?[ibus]\}/gi;

export function parseSrt(text: string): CueFile {
  const lines = splitLines(text);
  const timings: number[] = [];
  lines.forEach((line, i) => {
    if (TIMING.test(line) || TIMING_LIKE.test(line)) timings.push(i);
  });
  if (timings.length === 0) {
    refuse('is not a valid .srt subtitle file (it has no timing lines such as "00:00:01,000 --> 00:00:04,000")');
  }

  const cues: Cue[] = [];
  const warnings: string[] = [];
  const before = lines.slice(0, Math.max(0, timings[0]! - 1)).filter((l) => !isBlank(l));
  if (before.length > 0)
    warnings.push(
      `the ${before.length === 1 ? 'line' : `${before.length} lines`} before the first cue ${before.length === 1 ? 'is' : 'are'} not part of any cue and ${before.length === 1 ? 'was' : 'were'} left out`,
    );
  timings.forEach((at, k) => {
    const timing = TIMING.exec(lines[at] ?? '');
    let startMs = parseTimecode(timing?.[1] ?? '');
    let endMs = parseTimecode(timing?.[2] ?? '');
    const number = k + 1;
    if (startMs === null || endMs === null) {
      warnings.push(
        `cue ${number} (line ${at + 1}): the timing line “${(lines[at] ?? '').trim()}” is not valid; its text is kept without a time`,
      );
      startMs = null;
      endMs = null;
    } else if (endMs < startMs) {
      warnings.push(
        `cue ${number} (line ${at + 1}) ends (${formatTimecode(endMs)}) before it starts (${formatTimecode(startMs)}); its end time was left out`,
      );
      endMs = null;
    }
    let stop = timings[k + 1] ?? lines.length;
    if (k + 1 < timings.length && CUE_NUMBER.test(lines[stop - 1] ?? '')) stop--;
    while (stop > at + 1 && isBlank(lines[stop - 1] ?? '')) stop--;
    const payload = lines.slice(at + 1, stop).map((line) => line.replace(STYLING, ''));
    const words = joinCueLines(payload);
    if (words === '') warnings.push(`cue ${number} (line ${at + 1}) has no text`);
    cues.push({ startMs, endMs, voice: null, text: words });
  });
  return { cues, warnings };
}
