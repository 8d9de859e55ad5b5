import type { Cue } from '../../core/cue-transcript';

/** A subtitle file's cues and what could not be read cleanly, one sentence per problem. */
export interface CueFile {
  readonly cues: readonly Cue[];
  readonly warnings: readonly string[];
}

/**
 * Shared by the WebVTT and SubRip readers: a cue's display lines become one run of words. Line
 * breaks inside a cue are layout chosen by the captioner, not pauses, so lines are joined by a
 * space; blank lines and the spaces at line edges go with them.
 */
export function joinCueLines(lines: readonly string[]): string {
  return lines
    .map((line) => line.replace(/^[ \t]+|[ \t]+$/g, ''))
    .filter((line) => line !== '')
    .join(' ');
}

export function splitLines(text: string): string[] {
  return text.split('\n');
}

export function isBlank(line: string): boolean {
  return !/\S/.test(line);
}
