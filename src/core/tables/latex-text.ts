/**
 * Text → LaTeX body text. Two targets: 'pdflatex' (8-bit fonts: Latin letters and common
 * typographic punctuation only; anything else is written as a visible [U+XXXX] marker and reported)
 * and 'unicode' (xelatex or lualatex with fontspec: every character passes through).
 */
export type LatexEngine = 'pdflatex' | 'unicode';

/** A character pdflatex cannot typeset, and the text it occurred in. */
export interface UnsupportedCharacter {
  readonly char: string;
  readonly codePoint: string;
  readonly context: string;
}

const TEX_SPECIALS: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '{': '\\{',
  '}': '\\}',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  '<': '\\textless{}',
  '>': '\\textgreater{}',
  '|': '\\textbar{}',
};

/** Typographic characters pdflatex sets through a macro (the same output in every engine). */
const TYPOGRAPHY: Readonly<Record<string, string>> = {
  '\u2018': '`',
  '\u2019': "'",
  '\u201C': '``',
  '\u201D': "''",
  '\u2013': '--',
  '\u2014': '---',
  '\u2026': '\\ldots{}',
  '\u2212': '\\textminus{}',
  '\u00A0': '~',
};

/** Letters of Latin-1 and Latin Extended-A that T1 fonts lack (measured with pdflatex). */
const T1_MISSING = new Set([0x126, 0x127, 0x138, 0x13f, 0x140, 0x149, 0x166, 0x167, 0x17f]);
/** General Punctuation and symbols that utf8 inputenc maps for pdflatex. */
const PDFLATEX_EXTRA = new Set([
  0x192, 0x2c6, 0x2dc, 0x2010, 0x2011, 0x2012, 0x2015, 0x2016, 0x201a, 0x201e, 0x2020, 0x2021, 0x2022, 0x2030, 0x2039, 0x203a, 0x20ac,
  0x2116, 0x2122, 0x2190, 0x2192,
]);

function pdflatexCan(cp: number): boolean {
  if (cp >= 0x20 && cp <= 0x7e) return true;
  if (cp >= 0xa0 && cp <= 0x17f) return !T1_MISSING.has(cp);
  return PDFLATEX_EXTRA.has(cp);
}

/** Spaces that only change width, and invisible format characters a table cell does not need. */
const ODD_SPACE = /[\u2000-\u200A\u202F\u205F\u3000]/g;
const INVISIBLE = /[\u200B\u2060\uFEFF\u00AD]/g;

/**
 * Escapes text for LaTeX body text: the ten specials and < > | (which OT1 prints as other glyphs);
 * straight double quotes become `` and ''; paragraph breaks become \par; `--` stays two hyphens.
 * For pdflatex, a character it cannot typeset becomes `\texttt{[U+1F600]}` and is reported through
 * `unsupported`, so the file always compiles and the export can say what was replaced.
 *
 * @example escapeLatex('50% of R&D_team') // '50\\% of R\\&D\\_team'
 */
export function escapeLatex(text: string, engine: LatexEngine = 'pdflatex', unsupported?: (c: UnsupportedCharacter) => void): string {
  let open = true;
  const clean = text.replace(ODD_SPACE, ' ').replace(INVISIBLE, '');
  let out = '';
  for (const ch of clean) {
    const cp = ch.codePointAt(0) ?? 0;
    const special = TEX_SPECIALS[ch] ?? TYPOGRAPHY[ch];
    if (special !== undefined) out += special;
    else if (ch === '"') {
      out += open ? '``' : "''";
      open = !open;
    } else if (ch === '-') out += out.endsWith('-') ? '{}-' : '-';
    else if (ch === '\n' || ch === '\r' || ch === '\t') out += ch === '\t' ? ' ' : ch;
    else if (engine === 'pdflatex' && !pdflatexCan(cp)) {
      // Joiners and variation selectors belong to the emoji before them, which is already marked.
      if (cp === 0x200d || (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0x1f3fb && cp <= 0x1f3ff)) continue;
      const codePoint = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
      unsupported?.({ char: ch, codePoint, context: text });
      out += `\\texttt{[${codePoint}]}\\allowbreak{}`;
    } else out += ch;
  }
  return out.replace(/\r?\n\s*\r?\n/g, ' \\par ').replace(/\s*\r?\n\s*/g, ' ');
}

/**
 * A cell as it may start a table row: `\\` and booktabs' rules look ahead for `[`, `(` or `*` and
 * would read "[Re]building" or "(Dis)trust" as their own argument; an empty group stops them.
 */
export function guardCell(escaped: string): string {
  return /^[[(*]/.test(escaped) ? `{}${escaped}` : escaped;
}
