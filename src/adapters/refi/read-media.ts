import { counted, type ReportBuilder } from '../../core/exchange-report';
import type { RefiCoding, RefiSelection, RefiSource, RefiSyncPoint } from './model';
import { countTable, STANDARD, toIndex } from './positions';
import { descriptionOf, guidOf, nameOf, noteRefs, readCodings, type ReadContext } from './read-elements';
import { int, type RawSource } from './read-project';
import { decodeSource, fromString, type SourceFiles } from './source-files';
import { kid, kids, type XmlElement } from './xml-read';
import { normaliseGuid } from './guid';

const MEDIA_SOURCES = { AudioSource: 'audio', VideoSource: 'video' } as const;

interface RawTranscript {
  readonly guid: string;
  readonly name: string | undefined;
  readonly plainTextPath: string | undefined;
  readonly inlineText: string | undefined;
  readonly syncPoints: readonly { readonly guid: string; readonly position: number; readonly ms: number }[];
  /** Codings between two sync points (how NVivo, ATLAS.ti, MAXQDA and QualCoder code a transcript). */
  readonly selections: readonly {
    readonly guid: string;
    readonly name: string | null;
    readonly from: string | null;
    readonly to: string | null;
    readonly userGuid: string | null;
    readonly createdAt: string | null;
    readonly codings: readonly RefiCoding[];
    readonly noteGuids: readonly string[];
    readonly description: string;
  }[];
}

/** A recording as written: where it is, and the transcripts that place text in it. */
export interface RawMedia {
  readonly guid: string;
  readonly name: string;
  readonly kind: 'audio' | 'video';
  readonly path: string | undefined;
  readonly transcripts: readonly RawTranscript[];
  /** Stretches of sound or picture coded with no text (AudioSelection, VideoSelection), and their codings. */
  readonly timeSelectionGuids: readonly string[];
  readonly timeCodings: number;
}

export function readMediaSources(ctx: ReadContext, root: XmlElement): RawMedia[] {
  const parent = kid(root, 'Sources');
  if (parent === undefined) return [];
  return (Object.entries(MEDIA_SOURCES) as [keyof typeof MEDIA_SOURCES, 'audio' | 'video'][]).flatMap(([tag, kind]) =>
    kids(parent, tag).map((m, i) => ({
      guid: guidOf(ctx, m, tag),
      name: nameOf(ctx, m.attrs['name'], `Recording ${i + 1}`, tag),
      kind,
      path: m.attrs['currentPath'] ?? m.attrs['path'],
      transcripts: kids(m, 'Transcript').map((t) => readTranscript(ctx, t)),
      ...timeSelections(kids(m, kind === 'audio' ? 'AudioSelection' : 'VideoSelection')),
    })),
  );
}

function timeSelections(selections: readonly XmlElement[]): Pick<RawMedia, 'timeSelectionGuids' | 'timeCodings'> {
  return {
    timeSelectionGuids: selections.map((s) => normaliseGuid(s.attrs['guid'])).filter((g): g is string => g !== null),
    timeCodings: selections.reduce((n, s) => n + kids(s, 'Coding').length, 0),
  };
}

function readTranscript(ctx: ReadContext, t: XmlElement): RawTranscript {
  return {
    guid: guidOf(ctx, t, 'Transcript'),
    name: t.attrs['name'],
    plainTextPath: t.attrs['plainTextPath'],
    inlineText: kid(t, 'PlainTextContent')?.text,
    syncPoints: kids(t, 'SyncPoint')
      .map((p) => ({ guid: normaliseGuid(p.attrs['guid']) ?? '', position: int(p.attrs['position']), ms: int(p.attrs['timeStamp']) }))
      .filter((p) => p.guid !== '' && Number.isInteger(p.position) && Number.isInteger(p.ms) && p.position >= 0 && p.ms >= 0),
    selections: kids(t, 'TranscriptSelection').map((sel) => ({
      guid: guidOf(ctx, sel, 'TranscriptSelection'),
      name: sel.attrs['name'] ?? null,
      from: normaliseGuid(sel.attrs['fromSyncPoint']),
      to: normaliseGuid(sel.attrs['toSyncPoint']),
      userGuid: normaliseGuid(sel.attrs['creatingUser']),
      createdAt: sel.attrs['creationDateTime'] ?? null,
      codings: readCodings(ctx, sel),
      noteGuids: noteRefs(sel),
      description: descriptionOf(ctx, sel, 'Transcript selection description'),
    })),
  };
}

/**
 * Gives each text source the recording whose Transcript is the same text file (how Gioia Studio
 * writes it), and makes a text source of every other transcript, its TranscriptSelections placed
 * by their sync points — so projects from other tools come in with their recordings. Positions are
 * code points, as the standard counts. Codings of sound without text are reported, not imported.
 */
export function linkRecordings(
  media: readonly RawMedia[],
  raw: readonly RawSource[],
  sources: RefiSource[],
  files: SourceFiles,
  fileName: string,
  report: ReportBuilder,
): void {
  const entries = raw.map((r) => files.find(r.plainTextPath));
  for (const m of media) {
    for (const t of m.transcripts) {
      const entry = files.find(t.plainTextPath);
      const i = entry === null ? -1 : entries.indexOf(entry);
      const twin = sources[i];
      if (twin !== undefined && twin.media === undefined) {
        sources[i] = { ...twin, media: recording(m, t, placed(twin.text, t)) };
        continue;
      }
      const text =
        entry !== null
          ? decodeSource(files.bytes(entry), 'txt', `${fileName} › ${entry}`).text
          : t.inlineText !== undefined
            ? fromString(t.inlineText, 'inline').text
            : null;
      if (text === null) {
        report.skipped(`Recording "${m.name}": its transcript names no text in the archive; imported without it.`);
        continue;
      }
      const points = placed(text, t);
      const at = new Map(points.map((p) => [p.guid, p.offset]));
      const selections: RefiSelection[] = t.selections.flatMap((s) => {
        const start = s.from === null ? 0 : at.get(s.from);
        const end = s.to === null ? text.length : at.get(s.to);
        if (start === undefined || end === undefined || end <= start) return [];
        return [
          {
            guid: s.guid,
            name: s.name,
            start,
            end,
            userGuid: s.userGuid,
            createdAt: s.createdAt,
            codings: s.codings,
            noteGuids: s.noteGuids,
            description: s.description,
          },
        ];
      });
      const lost = t.selections.length - selections.length;
      if (lost > 0)
        report.skipped(
          `"${t.name ?? m.name}": ${counted(lost, 'transcript selection')} skipped: their sync points are missing or out of order.`,
        );
      sources.push({
        guid: t.guid,
        name: t.name ?? m.name,
        text,
        userGuid: null,
        createdAt: null,
        selections,
        noteGuids: [],
        variableValues: [],
        description: '',
        media: recording(m, t, points),
      });
    }
    const kind = m.kind === 'video' ? 'Video' : 'Audio';
    if (m.transcripts.length === 0)
      report.skipped(
        `${kind} source "${m.name}"${m.timeCodings > 0 ? ` and its ${counted(m.timeCodings, 'coding')} were` : ' was'} not imported: it has no transcript, and Gioia Studio codes text.`,
      );
    else if (m.timeCodings > 0)
      report.skipped(
        `${kind} source "${m.name}": ${counted(m.timeCodings, 'coding')} of ${m.kind === 'video' ? 'video' : 'sound'} without text not imported; its transcript was.`,
      );
  }
}

function placed(text: string, t: RawTranscript): RefiSyncPoint[] {
  const table = countTable(text, STANDARD);
  return t.syncPoints.flatMap((p) => {
    const offset = toIndex(table, p.position);
    return offset === null ? [] : [{ guid: p.guid, offset, ms: p.ms }];
  });
}

function recording(m: RawMedia, t: RawTranscript, syncPoints: RefiSyncPoint[]): NonNullable<RefiSource['media']> {
  return { guid: m.guid, transcriptGuid: t.guid, kind: m.kind, path: m.path ?? '', name: m.name, syncPoints };
}
