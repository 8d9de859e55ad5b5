import { parseTranscript, readTranscript, type ImportChoices, type ImportOutcome } from '../../adapters/import';
import { TRANSCRIPT_KINDS } from '../../core/file-formats';
import type { ImportPreview, PreviewTurn } from '../../shared/features/documents-types';
import { findDocumentBySha256, type ProjectStore } from '../../storage';

/** Turns shown per file: enough to judge the speakers, few enough for 100 files at once. */
export const PREVIEW_TURNS = 12;
const WORDS_SHOWN = 400;

/**
 * Reads files as an import would, without storing anything: one file at a time, so memory holds
 * one file. With `choices` per file (by path), shows the result of those choices.
 */
export async function previewPaths(
  store: ProjectStore | null,
  paths: readonly string[],
  choices: Readonly<Record<string, ImportChoices>> = {},
  turns = PREVIEW_TURNS,
): Promise<ImportPreview[]> {
  const previews: ImportPreview[] = [];
  for (const path of paths) previews.push(toPreview(store, path, await readTranscript(path, { choices: choices[path] ?? {} }), turns));
  return previews;
}

export async function previewBytes(
  store: ProjectStore | null,
  fileName: string,
  bytes: Uint8Array,
  choices: ImportChoices = {},
  turns = PREVIEW_TURNS,
): Promise<ImportPreview> {
  return toPreview(store, fileName, await parseTranscript(bytes, fileName, choices), turns);
}

function toPreview(store: ProjectStore | null, file: string, outcome: ImportOutcome, shown: number): ImportPreview {
  if (!outcome.ok) {
    return {
      file,
      ok: false,
      reason: outcome.reason,
      name: null,
      format: null,
      formatLabel: null,
      encoding: null,
      characters: 0,
      sha256: null,
      duplicateOf: null,
      warnings: [],
      speakers: [],
      header: { lineCount: 0, suggested: 0, lines: [], attributes: {} },
      hardWrapped: false,
      joinLines: false,
      pages: 0,
      totalTurns: 0,
      turns: [],
      choices: null,
    };
  }
  const t = outcome.transcript;
  const { plan } = t;
  const roles = plan.choices.roles;
  const turnCounts = new Map<string, number>();
  for (const turn of t.turns) if (turn.speaker !== null) turnCounts.set(turn.speaker, (turnCounts.get(turn.speaker) ?? 0) + 1);
  const speakers = new Set(plan.choices.speakers);
  const turns: PreviewTurn[] = t.turns.slice(0, shown).map((turn) => {
    const words = t.text.slice(turn.textStart, turn.end);
    return {
      speaker: turn.speaker,
      role: turn.speaker === null ? null : (roles[turn.speaker] ?? null),
      startMs: turn.startMs,
      words: words.length > WORDS_SHOWN ? `${words.slice(0, WORDS_SHOWN - 1)}…` : words,
    };
  });
  return {
    file,
    ok: true,
    reason: null,
    name: t.name,
    format: t.format,
    formatLabel: TRANSCRIPT_KINDS.find((k) => k.format === t.format)?.label ?? t.format,
    encoding: t.encoding,
    characters: t.text.length,
    sha256: t.sha256,
    duplicateOf: store === null ? null : (findDocumentBySha256(store.conn, t.sha256)?.name ?? null),
    warnings: t.warnings,
    speakers: plan.labels.map((l) => ({
      label: l.speaker,
      uses: l.uses,
      turns: turnCounts.get(l.speaker) ?? 0,
      suggested: l.suggested,
      isSpeaker: speakers.has(l.speaker),
      why: l.why,
      role: roles[l.speaker] ?? null,
    })),
    header: {
      lineCount: plan.choices.headerLines,
      suggested: plan.suggestedHeaderLines,
      lines: t.text.split('\n', plan.choices.headerLines),
      attributes: plan.attributes,
    },
    hardWrapped: plan.hardWrapped,
    joinLines: plan.choices.joinLines,
    pages: plan.pages.length,
    totalTurns: t.turns.length,
    turns,
    choices: plan.choices,
  };
}
