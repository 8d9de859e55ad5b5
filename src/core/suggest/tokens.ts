/**
 * Words for the lexical model: lower-cased letter-and-digit runs, common English function words
 * left out, and a light suffix fold (plural -s/-es/-ies, -ing, -ed) so "customers" matches
 * "customer". Each token keeps the word as written, which is what the UI shows as matching.
 */
const STOPWORDS = new Set(
  (
    'a an and are as at be been but by can could did do does doing for from had has have he her hers him his how i if in into is it its ' +
    'just me my no not of on or our ours out she so than that the their them then there these they this those to too up us very was we ' +
    'were what when where which who why will with would you your yours yeah um uh oh okay ok like really well got get also about all any ' +
    'one some more most much other such only own same s t don didn doesn isn wasn weren won wouldn ll re ve m d ' +
    'yet know see think say said says go going went thing things lot way mean kind bit right now even still because ' +
    'then here back over let make made take want come came us again'
  ).split(' '),
);

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

export interface Token {
  readonly term: string;
  readonly word: string;
}

/** The folded form of a lower-cased word: the key terms are counted and matched by. */
export function fold(word: string): string {
  let w = word.replace(/['’]s$/u, '');
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  return w;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = m[0].toLowerCase();
    // "it's", "don't", "we'll": a contraction of a function word is one too.
    const head = word.split(/['’]/u)[0] ?? word;
    if (word.length < 2 || STOPWORDS.has(word) || STOPWORDS.has(head) || /^\d+$/u.test(word)) continue;
    out.push({ term: fold(word), word });
  }
  return out;
}

/** Where words of the given terms stand in `text`, to mark what matched. */
export function termRanges(text: string, terms: ReadonlySet<string>): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const m of text.matchAll(WORD)) {
    const word = m[0].toLowerCase();
    if (terms.has(fold(word))) out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  return out;
}
