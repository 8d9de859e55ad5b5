import { counted } from '../../core/exchange-report';
import { detectPositions, unplacedReason, type PositionVerdict } from './detect-positions';
import type { RefiSelection, RefiSource } from './model';
import type { Interpretation } from './positions';
import type { RawSource } from './read-project';
import type { SourceText } from './source-files';

/** Unplaced selections named one by one per source, up to this many; the rest are counted. */
const MAX_LISTED = 20;

export interface ReadSource {
  readonly raw: RawSource;
  readonly text: SourceText;
}

export interface PlacedSources {
  readonly sources: RefiSource[];
  readonly mapped: string[];
  readonly skipped: string[];
  /** Selections left out, by GUID, named for reports of what referred to them. */
  readonly unplaced: Map<string, string>;
}

/**
 * Places the selections of every text source. A source whose selections carry no quote takes the
 * counting the file's other sources were found to use (one tool wrote them all), if any.
 */
export function placeAll(read: readonly ReadSource[]): PlacedSources {
  const verdicts = read.map((r) => detectPositions(r.text.text, r.raw.selections, r.text));
  const file = fileCounting(verdicts);
  const out: PlacedSources = { sources: [], mapped: [], skipped: [], unplaced: new Map() };
  read.forEach((r, i) => {
    let verdict = verdicts[i] as PositionVerdict;
    if (verdict.dominant === null && file !== null && r.raw.selections.length > 0)
      verdict = detectPositions(r.text.text, r.raw.selections, r.text, file);
    out.sources.push(place(r, verdict, out));
  });
  return out;
}

/** The counting most quotes of the whole file landed under, or null when no quote decided any source. */
function fileCounting(verdicts: readonly PositionVerdict[]): Interpretation | null {
  const votes = new Map<string, { how: Interpretation; n: number }>();
  for (const v of verdicts) {
    if (v.dominant === null) continue;
    const key = `${v.dominant.unit}/${v.dominant.lineBreak}/${v.dominant.bom}`;
    const entry = votes.get(key) ?? { how: v.dominant, n: 0 };
    entry.n += v.matched.matched;
    votes.set(key, entry);
  }
  return [...votes.values()].sort((a, b) => b.n - a.n)[0]?.how ?? null;
}

function place({ raw, text: source }: ReadSource, verdict: PositionVerdict, out: PlacedSources): RefiSource {
  const selections: RefiSelection[] = [];
  const unplaced: string[] = [];
  const mismatched = new Set(verdict.mismatched);
  raw.selections.forEach((s, i) => {
    const range = verdict.ranges[i];
    if (range === null || range === undefined) {
      const why = mismatched.has(i)
        ? `its quote "${short(s.name ?? '')}" is at none of the positions any counting gives`
        : unplacedReason(s, source.text.length);
      unplaced.push(`selection ${s.guid} (${s.start}–${s.end}): ${why}`);
      out.unplaced.set(s.guid, `a selection of "${raw.name}" that was not placed`);
      return;
    }
    const { codings, noteGuids, description, guid, name, userGuid, createdAt } = s;
    selections.push({ guid, name, userGuid, createdAt, codings, noteGuids, description, start: range.start, end: range.end });
  });
  const origin = source.from === 'docx' ? ' (text extracted from its .docx: no plain-text twin)' : '';
  if (raw.selections.length > 0) out.mapped.push(positionsLine(raw.name, origin, verdict));
  else if (origin !== '') out.mapped.push(`"${raw.name}"${origin}.`);
  if (unplaced.length > 0) {
    const shown = unplaced.slice(0, MAX_LISTED).join('; ');
    const more = unplaced.length > MAX_LISTED ? `; and ${unplaced.length - MAX_LISTED} more` : '';
    out.skipped.push(`"${raw.name}": ${counted(unplaced.length, 'selection')} not imported — ${shown}${more}.`);
  }
  if (raw.wholeCodings > 0)
    out.skipped.push(`"${raw.name}": ${counted(raw.wholeCodings, 'coding')} of the whole source skipped (only selections are imported).`);
  if (source.hadBom) out.mapped.push(`"${raw.name}": its leading byte-order mark was dropped (it is not text).`);
  return {
    guid: raw.guid,
    name: raw.name,
    text: source.text,
    userGuid: raw.userGuid,
    createdAt: raw.createdAt,
    selections,
    noteGuids: raw.noteGuids,
    variableValues: raw.variableValues,
    description: raw.description,
  };
}

/** `"A": positions read as …; 8 of 8 selections land on their quoted text.` — one counting or several, and the labels. */
function positionsLine(name: string, origin: string, verdict: PositionVerdict): string {
  const usage = verdict.usage;
  const read =
    usage.length === 0
      ? 'no selection could be placed'
      : usage.length === 1
        ? `positions read as ${usage[0]?.description ?? ''}`
        : `positions read per selection: ${usage.map((u) => `${u.count} in ${u.description}`).join('; ')}`;
  const check =
    verdict.matched.named > 0 ? `; ${verdict.matched.matched} of ${verdict.matched.named} selections land on their quoted text` : '';
  const labels =
    verdict.labelled > 0
      ? `; ${counted(verdict.labelled, 'selection')} named by a label rather than a quote (such as "line:12") placed by the source's counting`
      : '';
  return `"${name}"${origin}: ${read}${check}${labels}.`;
}

function short(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat;
}
