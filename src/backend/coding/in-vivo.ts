import { tidyQuoteText } from '../../core/quote-bounds';

/** Longest in-vivo name; longer selections are cut at a word boundary and marked with "…". */
export const IN_VIVO_MAX = 80;

/**
 * Names a concept after the informant's own words: internal whitespace (line breaks between turns
 * included) collapsed to one space, edge punctuation and quote marks dropped (the figure and the
 * codebook mark in-vivo names themselves), capped at a word boundary.
 * @example inVivoName(' “we just\n ring them,” ') === "we just ring them"
 */
export function inVivoName(selected: string): string {
  const words = tidyQuoteText(selected.replace(/\s+/g, ' ')).replace(/[.!?\u2026]+$/u, '');
  if (words.length <= IN_VIVO_MAX) return words;
  const room = words.slice(0, IN_VIVO_MAX - 1);
  const lastSpace = room.lastIndexOf(' ');
  const cut = lastSpace > IN_VIVO_MAX / 2 ? room.slice(0, lastSpace) : room;
  return `${dropLoneHighSurrogate(cut).replace(/[\s,;:.!?-]+$/u, '')}…`;
}

// A cut inside a long word could separate an emoji's two halves.
function dropLoneHighSurrogate(s: string): string {
  const last = s.charCodeAt(s.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? s.slice(0, -1) : s;
}
