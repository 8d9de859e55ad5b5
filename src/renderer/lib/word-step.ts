/**
 * The offset one word away from `offset` in `direction`, for moving a segment boundary by keyboard:
 * whitespace is skipped first, then the word, so repeated presses walk word by word.
 */
export function wordStep(text: string, offset: number, direction: 1 | -1): number {
  let i = offset;
  const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);
  if (direction === 1) {
    while (i < text.length && isSpace(text[i])) i++;
    while (i < text.length && !isSpace(text[i])) i++;
  } else {
    while (i > 0 && isSpace(text[i - 1])) i--;
    while (i > 0 && !isSpace(text[i - 1])) i--;
  }
  return i;
}
