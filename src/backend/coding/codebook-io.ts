import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { buildCodeTree, type CodeLevel } from '../../core/codebook';
import { DomainError } from '../../core/result';
import { restoreFormula, toCsv } from '../../core/tables';
import { nameProblem, textProblem } from '../../core/text-rules';
import type { CodeRow } from '../../shared/types';

const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'colour must be #rrggbb');
/** The storage's name and text rules, so a file is refused with its own path instead of failing half-way into the project. */
const codeName = z
  .string()
  .trim()
  .superRefine((s, ctx) => {
    const problem = nameProblem(s);
    if (problem !== null) ctx.addIssue({ code: 'custom', message: `the name ${problem}` });
  });
const definition = z
  .string()
  .default('')
  .transform(normaliseLineEnds)
  .superRefine((s, ctx) => {
    const problem = textProblem(s);
    if (problem !== null) ctx.addIssue({ code: 'custom', message: `the definition ${problem}` });
  });
const concept = z.object({ concept: codeName, definition, colour: colour.optional() });
const theme = z.object({ theme: codeName, definition, colour: colour.optional(), concepts: z.array(concept).default([]) });
const dimension = z.object({ dimension: codeName, definition, colour: colour.optional(), themes: z.array(theme).default([]) });

/**
 * The codebook file: the same tree as `codebook` in resources/demo/project.json, plus the trays of
 * codes not yet grouped. A bare array (just the tree) and a whole demo manifest are accepted too.
 */
export const codebookFileSchema = z.object({
  codebook: z.array(dimension).default([]),
  ungroupedThemes: z.array(theme).default([]),
  ungroupedConcepts: z.array(concept).default([]),
});
export type CodebookFile = z.infer<typeof codebookFileSchema>;

export const CSV_COLUMNS = ['dimension', 'theme', 'concept', 'definition', 'colour'] as const;

export function parseCodebookJson(content: string, file: string): CodebookFile {
  let raw: unknown;
  try {
    raw = JSON.parse(content);
  } catch (e) {
    throw new DomainError('file-invalid', `${file} is not valid JSON: ${(e as Error).message}`);
  }
  const parsed = codebookFileSchema.safeParse(Array.isArray(raw) ? { codebook: raw } : raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new DomainError(
      'file-invalid',
      `${file} is not a codebook (${first ? `${first.path.join('.')}: ${first.message}` : 'invalid'}).`,
    );
  }
  return parsed.data;
}

/**
 * One row per code at its deepest named level: `dimension,theme,concept` locate it, `definition` and
 * `colour` (both optional columns) describe that deepest code.
 */
export function parseCodebookCsv(content: string, file: string): CodebookFile {
  let table: string[][];
  try {
    // Arrays, not csv-parse's `columns` or `cast` options: those cost seconds on 50,000 rows.
    const rows: string[][] = parse(content.replace(/^\uFEFF/, ''), { skip_empty_lines: true, trim: true });
    table = rows;
  } catch (e) {
    throw new DomainError('file-invalid', `${file} is not valid CSV: ${(e as Error).message}`);
  }
  const header = (table[0] ?? []).map((c) => c.toLowerCase());
  for (const needed of CSV_COLUMNS.slice(0, 3)) {
    if (table.length > 1 && !header.includes(needed)) {
      throw new DomainError('file-invalid', `${file} has no "${needed}" column (expected header: ${CSV_COLUMNS.join(',')}).`);
    }
  }
  const at = (name: string) => header.indexOf(name);
  const columns = {
    dimension: at('dimension'),
    theme: at('theme'),
    concept: at('concept'),
    definition: at('definition'),
    colour: at('colour'),
  };
  const rows = table.slice(1).map((cells) => {
    const cell = (i: number) => (i < 0 ? undefined : restoreFormula(cells[i] ?? ''));
    return {
      dimension: cell(columns.dimension),
      theme: cell(columns.theme),
      concept: cell(columns.concept),
      definition: cell(columns.definition),
      colour: cell(columns.colour),
    };
  });
  const out: CodebookFile = { codebook: [], ungroupedThemes: [], ungroupedConcepts: [] };
  rows.forEach((r, i) => {
    const line = i + 2;
    const [d, t, c] = [r.dimension ?? '', r.theme ?? '', r.concept ?? ''];
    for (const [column, cell] of [
      ['dimension', d],
      ['theme', t],
      ['concept', c],
    ] as const) {
      const problem = cell === '' ? null : nameProblem(cell);
      if (problem !== null) throw new DomainError('file-invalid', `${file} line ${line}, column ${column}: the name ${problem}.`);
    }
    const text = normaliseLineEnds(r.definition ?? '');
    const problem = textProblem(text);
    if (problem !== null) throw new DomainError('file-invalid', `${file} line ${line}, column definition: the definition ${problem}.`);
    const extra = { definition: text, ...(r.colour ? { colour: checkColour(r.colour, file, line) } : {}) };
    if (d === '' && t === '' && c === '') return;
    if (c !== '' && t === '' && d !== '') {
      throw new DomainError('file-invalid', `${file} line ${line}: concept “${c}” is under dimension “${d}” without a theme.`);
    }
    const dim = d === '' ? null : upsert(out.codebook, 'dimension', d, () => ({ dimension: d, definition: '', themes: [] }));
    const themes = dim === null ? out.ungroupedThemes : dim.themes;
    const th = t === '' ? null : upsert(themes, 'theme', t, () => ({ theme: t, definition: '', concepts: [] }));
    if (c !== '') {
      const list = th === null ? out.ungroupedConcepts : th.concepts;
      Object.assign(
        upsert(list, 'concept', c, () => ({ concept: c, definition: '' })),
        extra,
      );
    } else Object.assign(th ?? dim ?? {}, extra);
  });
  return out;
}

function normaliseLineEnds(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

function checkColour(value: string, file: string, line: number): string {
  if (!/^#[0-9a-fA-F]{6}$/.test(value)) throw new DomainError('file-invalid', `${file} line ${line}: colour "${value}" is not #rrggbb.`);
  return value;
}

/** Each list's items by name, so a CSV of 50,000 rows under one theme is read in linear time. */
const itemsByName = new WeakMap<object, Map<string, unknown>>();

function upsert<K extends string, T extends Record<K, string>>(list: T[], key: K, name: string, make: () => T): T {
  let byName = itemsByName.get(list) as Map<string, T> | undefined;
  if (byName === undefined) {
    byName = new Map(list.map((x) => [x[key], x] as const));
    itemsByName.set(list, byName);
  }
  let found = byName.get(name);
  if (found === undefined) {
    found = make();
    list.push(found);
    byName.set(name, found);
  }
  return found;
}

/** The live codebook as a codebook file (tree order, every field explicit). */
export function codebookToFile(codes: readonly CodeRow[]): CodebookFile {
  const tree = buildCodeTree(codes);
  const conceptOf = (c: CodeRow) => ({ concept: c.name, definition: c.definition, colour: c.colour });
  const themeOf = (t: { node: CodeRow; concepts: readonly CodeRow[] }) => ({
    theme: t.node.name,
    definition: t.node.definition,
    colour: t.node.colour,
    concepts: t.concepts.map(conceptOf),
  });
  return {
    codebook: tree.dimensions.map((d) => ({
      dimension: d.node.name,
      definition: d.node.definition,
      colour: d.node.colour,
      themes: d.themes.map(themeOf),
    })),
    ungroupedThemes: tree.ungroupedThemes.map(themeOf),
    ungroupedConcepts: tree.ungroupedConcepts.map(conceptOf),
  };
}

export function codebookToCsv(file: CodebookFile): string {
  const rows: string[][] = [];
  const concepts = (d: string, t: string, list: CodebookFile['ungroupedConcepts']) =>
    list.forEach((c) => rows.push([d, t, c.concept, c.definition, c.colour ?? '']));
  const themes = (d: string, list: CodebookFile['ungroupedThemes']) =>
    list.forEach((t) => {
      rows.push([d, t.theme, '', t.definition, t.colour ?? '']);
      concepts(d, t.theme, t.concepts);
    });
  for (const d of file.codebook) {
    rows.push([d.dimension, '', '', d.definition, d.colour ?? '']);
    themes(d.dimension, d.themes);
  }
  themes('', file.ungroupedThemes);
  concepts('', '', file.ungroupedConcepts);
  return toCsv([[...CSV_COLUMNS], ...rows]);
}

/** What an import will do to one code, in file order (the caller applies it in one mutation). */
export interface PlannedCode {
  readonly level: CodeLevel;
  readonly name: string;
  readonly definition: string;
  readonly colour?: string | undefined;
  /** Name of the parent in the file; null = the file places it in a tray. */
  readonly parentName: string | null;
}

export function planImport(file: CodebookFile): PlannedCode[] {
  const plan: PlannedCode[] = [];
  const pushConcepts = (list: CodebookFile['ungroupedConcepts'], parent: string | null) =>
    list.forEach((c) => plan.push({ level: 'concept', name: c.concept, definition: c.definition, colour: c.colour, parentName: parent }));
  const pushThemes = (list: CodebookFile['ungroupedThemes'], parent: string | null) =>
    list.forEach((t) => {
      plan.push({ level: 'theme', name: t.theme, definition: t.definition, colour: t.colour, parentName: parent });
      pushConcepts(t.concepts, t.theme);
    });
  for (const d of file.codebook) {
    plan.push({ level: 'dimension', name: d.dimension, definition: d.definition, colour: d.colour, parentName: null });
    pushThemes(d.themes, d.dimension);
  }
  pushThemes(file.ungroupedThemes, null);
  pushConcepts(file.ungroupedConcepts, null);
  return plan;
}
