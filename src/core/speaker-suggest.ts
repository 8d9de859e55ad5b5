import { isMetadataKey } from './header-lines';
import { labelWordCount, type LabelKind } from './speaker-labels';
import { endsSentence, type TextLine } from './transcript-lines';

/**
 * Which labels of a transcript are speakers, as the import preview suggests them. Every label-like
 * line start is a candidate; the researcher confirms or overrides each one before import.
 */
export interface LabelCandidate {
  readonly speaker: string;
  /** The convention it was written in (its most frequent one). */
  readonly kind: LabelKind;
  /** Lines that start with it (outside the header). */
  readonly uses: number;
  readonly suggested: boolean;
  /** Why it is or is not suggested, in a few words for the preview. */
  readonly why: string;
}

/** A colon or a time in a sentence looks like a label; a label used once must be this short. */
const MAX_WORDS_FOR_SINGLE_USE = 3;

interface Tally {
  kinds: Map<LabelKind, number>;
  uses: number;
  /** Uses at a plausible turn start: after a blank line, a finished sentence or another label. */
  plausible: number;
  alone: number;
}

/** Each word starts with a capital or a digit: `SPEAKER 1`, `Ana Costa`, not `We met at`. */
export function looksLikeName(speaker: string): boolean {
  return speaker.split(/\s+/).every((w) => /^[\p{Lu}\p{Lt}\p{Lo}\p{N}]/u.test(w) || !/[\p{L}\p{N}]/u.test(w));
}

function mostFrequent(kinds: ReadonlyMap<LabelKind, number>): LabelKind {
  let best: LabelKind = 'colon';
  let count = -1;
  for (const [kind, n] of kinds) {
    if (n > count) {
      best = kind;
      count = n;
    }
  }
  return best;
}

/**
 * Candidates in order of first use. A label is suggested when it is written in a strong
 * convention (a timestamp, bold) or recurs; a label used once must be short, sit where a turn can
 * start, follow the document's own convention and not be a metadata key. That keeps an editorial
 * `[Wallace Hume] Carothers said` inside a hard-wrapped answer, or `DATE: 1985`, out of the speakers.
 */
export function suggestSpeakers(lines: readonly TextLine[], headerLines: number): LabelCandidate[] {
  const tallies = new Map<string, Tally>();
  let previous: TextLine | null = null;
  for (const line of lines) {
    if (line.index >= headerLines && line.label !== null) {
      const t = tallies.get(line.label.speaker) ?? { kinds: new Map(), uses: 0, plausible: 0, alone: 0 };
      t.kinds.set(line.label.kind, (t.kinds.get(line.label.kind) ?? 0) + 1);
      t.uses++;
      const atTurnStart =
        previous === null || previous.blank || previous.label !== null || previous.labelPart || endsSentence(previous.text);
      if (atTurnStart) t.plausible++;
      if (line.text.slice(line.label.end).trim() === '') t.alone++;
      tallies.set(line.label.speaker, t);
    }
    previous = line;
  }
  const dominant = dominantKind(tallies);
  return [...tallies.entries()].map(([speaker, t]) => {
    const kind = mostFrequent(t.kinds);
    const [suggested, why] = judge(speaker, kind, t, dominant);
    return { speaker, kind, uses: t.uses, suggested, why };
  });
}

/** The convention of the labels that recur (or of all, when none does). */
function dominantKind(tallies: ReadonlyMap<string, Tally>): LabelKind | null {
  const counts = new Map<LabelKind, number>();
  const recurring = [...tallies.values()].filter((t) => t.uses >= 2);
  for (const t of recurring.length > 0 ? recurring : [...tallies.values()]) {
    const kind = mostFrequent(t.kinds);
    counts.set(kind, (counts.get(kind) ?? 0) + t.uses);
  }
  return counts.size === 0 ? null : mostFrequent(counts);
}

function judge(speaker: string, kind: LabelKind, t: Tally, dominant: LabelKind | null): [boolean, string] {
  if (isMetadataKey(speaker)) return [t.uses >= 3, t.uses >= 3 ? 'recurs' : 'a metadata key'];
  if (kind === 'timed' || kind === 'bold') return [true, kind === 'timed' ? 'label with a time' : 'bold label'];
  if (kind === 'qa') return [t.uses >= 2, t.uses >= 2 ? 'Q./A. interview' : 'used once'];
  if (t.plausible === 0) return [false, 'only inside sentences'];
  if (t.plausible >= 2) return [true, 'recurs'];
  if (kind === 'heading') {
    const ok = labelWordCount(speaker) <= MAX_WORDS_FOR_SINGLE_USE && looksLikeName(speaker);
    return [ok, ok ? 'heading with a time' : 'not a name'];
  }
  if (labelWordCount(speaker) > MAX_WORDS_FOR_SINGLE_USE) return [false, 'too long for a label used once'];
  if (kind === 'bracket' && t.alone > 0) return [true, 'bracketed label on its own line'];
  if (dominant !== null && dominant !== kind) return [false, 'used once, unlike the other labels'];
  return [true, 'short label'];
}
