import type { Cue } from '../../core/cue-transcript';
import { parseTimecode } from '../../core/timecodes';
import { refuse } from './refusal';
import { isBlank, joinCueLines, splitLines } from './subtitle-text';

/**
 * SubRip (.srt) → cues. A cue is found by its timing line (`00:01:02,345 --> 00:01:04,000`), not
 * by counting blank lines, so a blank line inside a cue's text or a missing cue number does not
 * derail the rest. Styling (`<i> <b> <u> <s> <font …>`, `{\an8}` position codes) is not speech
 * and is removed; speakers written as `SPEAKER: words` or `[Name] words` are found later, in the core.
 */
const TIMING = /^[ \t]*(\d{1,3}:\d{2}:\d{2}(?:[,.]\d{1,3})?)[ \t]*-->[ \t]*(\d{1,3}:\d{2}:\d{2}(?:[,.]\d{1,3})?)/;
const CUE_NUMBER = /^[ \t]*\d+[ \t]*$/;
const STYLING = /<\/?(?:i|b|u|s)>|<font\b[^>]*>|<\/font>|\{\\[^}]*\}|\{\/?[ibus]\}/gi;

export function parseSrt(text: string): Cue[] {
  const lines = splitLines(text);
  const timings: number[] = [];
  lines.forEach((line, i) => {
    if (TIMING.test(line)) timings.push(i);
  });
  if (timings.length === 0) {
    refuse('is not a valid .srt subtitle file (it has no timing lines such as "00:00:01,000 --> 00:00:04,000")');
  }

  const cues: Cue[] = [];
  timings.forEach((at, k) => {
    const timing = TIMING.exec(lines[at] ?? '');
    const startMs = parseTimecode(timing?.[1] ?? '');
    const endMs = parseTimecode(timing?.[2] ?? '');
    if (startMs === null || endMs === null) return;
    let stop = timings[k + 1] ?? lines.length;
    if (k + 1 < timings.length && CUE_NUMBER.test(lines[stop - 1] ?? '')) stop--;
    while (stop > at + 1 && isBlank(lines[stop - 1] ?? '')) stop--;
    const payload = lines.slice(at + 1, stop).map((line) => line.replace(STYLING, ''));
    cues.push({ startMs, endMs, voice: null, text: joinCueLines(payload) });
  });
  return cues;
}
