import type { ProjectSummary } from '../../shared/types';
import type { CommandContext } from '../command';

/**
 * Rebuilds the summary with a fixed key order: scripts diff `gioia info --json` output, so it must
 * not change with the order the backend happened to assemble the object in.
 */
export function orderedSummary(s: ProjectSummary): Omit<ProjectSummary, 'blindMode'> {
  return {
    path: s.path,
    name: s.name,
    schemaVersion: s.schemaVersion,
    documents: s.documents,
    codes: { concept: s.codes.concept, theme: s.codes.theme, dimension: s.codes.dimension },
    segments: s.segments,
    codings: s.codings,
    coders: s.coders,
    memos: s.memos,
    activeCoderId: s.activeCoderId,
    readOnly: s.readOnly,
  };
}

export function formatSummary(s: ProjectSummary): string {
  const rows: Array<[string, string]> = [
    ['Project', s.name],
    ['File', s.path],
    ['Schema', `v${s.schemaVersion}`],
    ['Documents', String(s.documents)],
    ['Concepts', `${s.codes.concept} (1st-order)`],
    ['Themes', `${s.codes.theme} (2nd-order)`],
    ['Dimensions', `${s.codes.dimension} (aggregate)`],
    ['Segments', String(s.segments)],
    ['Codings', String(s.codings)],
    ['Coders', String(s.coders)],
    ['Memos', String(s.memos)],
    ...(s.readOnly ? ([['Access', 'read-only (the file or its folder cannot be written)']] as Array<[string, string]>) : []),
  ];
  const width = Math.max(...rows.map(([label]) => label.length)) + 2;
  return rows.map(([label, value]) => `${label.padEnd(width)}${value}`).join('\n');
}

/** Human output is an optional headline plus the table; --json is the summary alone. */
export function printSummary(ctx: CommandContext, summary: ProjectSummary, headline?: string): void {
  if (ctx.json) {
    ctx.out(JSON.stringify(orderedSummary(summary), null, 2));
    return;
  }
  if (headline) ctx.out(headline);
  ctx.out(formatSummary(summary));
}
