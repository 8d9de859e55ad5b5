import { LEVEL_LABEL, type CodeLevel } from '../core/codebook';
import type { ComparisonSession } from '../shared/features/comparison-types';
import type { CaseRow, SetRow } from '../shared/features/sets-types';
import type { CodeRow, CoderRow, DocumentSummary } from '../shared/types';
import { CliError } from './errors';

/**
 * Names to ids: the one thing the CLI adds to the API. A script names documents, codes and coders as
 * the researcher sees them; the API takes ids. Every miss says what exists or why the name is unclear.
 */

export function documentNamed(documents: readonly DocumentSummary[], name: string): DocumentSummary {
  const matches = documents.filter((d) => d.name === name);
  const [only] = matches;
  if (only === undefined) throw new CliError('not-found', `no document named "${name}"`);
  if (matches.length > 1) throw new CliError('conflict', `${matches.length} documents are named "${name}"; rename one first`);
  return only;
}

/** A coder by exact name, else by id, else by name ignoring case; the error lists the coders there are. */
export function coderNamed(coders: readonly CoderRow[], nameOrId: string): CoderRow {
  const wanted = nameOrId.trim();
  const found =
    coders.find((c) => c.name === wanted) ??
    coders.find((c) => c.id === wanted) ??
    coders.find((c) => c.name.toLowerCase() === wanted.toLowerCase());
  if (found === undefined) {
    throw new CliError('not-found', `No coder "${wanted}" in this project (coders: ${coders.map((c) => c.name).join(', ')}).`);
  }
  return found;
}

/** Code names are unique per level, compared without case (as the codebook refuses duplicates). */
export function codeAtLevel(codes: readonly CodeRow[], level: CodeLevel, name: string): CodeRow | undefined {
  const wanted = name.trim().toLowerCase();
  return codes.find((c) => c.level === level && c.name.toLowerCase() === wanted);
}

/** A code of any level by name; a name used at two levels must be told apart, never guessed. */
export function codeNamed(codes: readonly CodeRow[], name: string): CodeRow {
  const matches = (['concept', 'theme', 'dimension'] as const).flatMap((level) => {
    const found = codeAtLevel(codes, level, name);
    return found === undefined ? [] : [found];
  });
  const [only] = matches;
  if (only === undefined) throw new CliError('not-found', `No code named “${name}” in this project.`);
  if (matches.length > 1) {
    throw new CliError(
      'conflict',
      `“${name}” names codes at ${matches.length} levels (${matches.map((m) => LEVEL_LABEL[m.level]).join(', ')}).`,
    );
  }
  return only;
}

/**
 * Where the `occurrence`-th exact copy of `quote` starts. Without `occurrence` the quote must be
 * unique: silently coding the first of several would code the wrong passage.
 */
export function locateQuote(text: string, quote: string, occurrence: number | undefined, docName: string): number {
  if (quote === '') throw new CliError('invalid-arguments', 'The quote is empty.');
  const starts: number[] = [];
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) starts.push(i);
  if (starts.length === 0) throw new CliError('not-found', `The quote “${quote}” does not occur in “${docName}” (0 occurrences).`);
  if (occurrence === undefined && starts.length > 1) {
    throw new CliError(
      'conflict',
      `The quote “${quote}” occurs ${starts.length} times in “${docName}”; choose one with --occurrence 1..${starts.length}.`,
    );
  }
  const start = starts[(occurrence ?? 1) - 1];
  if (start === undefined) {
    throw new CliError(
      'not-found',
      `The quote “${quote}” occurs ${starts.length} time(s) in “${docName}”, so there is no occurrence ${occurrence}.`,
    );
  }
  return start;
}

/** A comparison session by name (ignoring case) or id; the error lists the sessions there are. */
export function sessionNamed(sessions: readonly ComparisonSession[], nameOrId: string): ComparisonSession {
  const wanted = nameOrId.trim();
  const found =
    sessions.find((s) => s.name === wanted) ??
    sessions.find((s) => s.id === wanted) ??
    sessions.find((s) => s.name.toLowerCase() === wanted.toLowerCase());
  if (found === undefined) {
    const list = sessions.length === 0 ? 'none yet' : sessions.map((s) => s.name).join(', ');
    throw new CliError('not-found', `No session "${wanted}" in this project (sessions: ${list}).`);
  }
  return found;
}

/** A set or case by name (names are unique, compared without case), else by id; the error lists what there is. */
export function setNamed(sets: readonly SetRow[], nameOrId: string): SetRow {
  return named(sets, nameOrId, 'set');
}

export function caseNamed(cases: readonly CaseRow[], nameOrId: string): CaseRow {
  return named(cases, nameOrId, 'case');
}

function named<T extends { id: string; name: string }>(items: readonly T[], nameOrId: string, what: string): T {
  const wanted = nameOrId.trim();
  const found = items.find((i) => i.name.toLowerCase() === wanted.toLowerCase()) ?? items.find((i) => i.id === wanted);
  if (found === undefined) {
    const there = items.length === 0 ? `there are no ${what}s yet` : `${what}s: ${items.map((i) => i.name).join(', ')}`;
    throw new CliError('not-found', `No ${what} "${wanted}" in this project (${there}).`);
  }
  return found;
}
