import { SPEAKER_ROLES, type SpeakerRole } from '../../core/speaker-roles';
import type { ImportChoices } from '../../core/import-plan';
import type { ImportPreview } from '../../shared/features/documents-types';
import type { CommandContext } from '../command';
import { usageError } from '../errors';

/** The preview's choices as command-line options, applied to every file of the command. */
export const CHOICE_OPTIONS = {
  speaker: { type: 'string', multiple: true },
  'not-speaker': { type: 'string', multiple: true },
  'header-lines': { type: 'string' },
  'join-lines': { type: 'boolean' },
  'keep-lines': { type: 'boolean' },
  role: { type: 'string', multiple: true },
} as const;

export const CHOICE_HELP = {
  speaker: 'LABEL is a speaker, whatever the suggestion (repeatable)',
  'not-speaker': 'LABEL is text, not a speaker (repeatable)',
  'header-lines': 'N lines at the top are header (metadata) lines; 0 for none',
  'join-lines': 'Join hard-wrapped lines into paragraphs',
  'keep-lines': 'Keep every line break as it is',
  role: 'LABEL=interviewer|informant|none (repeatable)',
} as const;

function list(raw: unknown): string[] {
  return Array.isArray(raw) ? (raw as string[]) : typeof raw === 'string' ? [raw] : [];
}

export function choicesFromOptions(options: CommandContext['options']): ImportChoices {
  const speakers: Record<string, boolean> = {};
  for (const label of list(options['speaker'])) speakers[label] = true;
  for (const label of list(options['not-speaker'])) speakers[label] = false;
  const roles: Record<string, SpeakerRole | null> = {};
  for (const item of list(options['role'])) {
    const eq = item.lastIndexOf('=');
    const label = eq < 0 ? '' : item.slice(0, eq);
    const role = item.slice(eq + 1);
    if (label === '' || !(role === 'none' || (SPEAKER_ROLES as readonly string[]).includes(role))) {
      throw usageError(`import: --role needs LABEL=interviewer, LABEL=informant or LABEL=none, not "${item}"`);
    }
    roles[label] = role === 'none' ? null : (role as SpeakerRole);
  }
  if (options['join-lines'] === true && options['keep-lines'] === true)
    throw usageError('import: give --join-lines or --keep-lines, not both');
  const header = options['header-lines'];
  if (header !== undefined && !/^\d{1,5}$/.test(String(header)))
    throw usageError(`import: --header-lines needs a number, not "${String(header)}"`);
  return {
    ...(Object.keys(speakers).length > 0 ? { speakers } : {}),
    ...(Object.keys(roles).length > 0 ? { roles } : {}),
    ...(header !== undefined ? { headerLines: Number(header) } : {}),
    ...(options['join-lines'] === true ? { joinLines: true } : options['keep-lines'] === true ? { joinLines: false } : {}),
  };
}

/** The preview as a researcher reads it in a terminal. */
export function describePreview(p: ImportPreview): string[] {
  if (!p.ok) return [`failed     ${p.reason ?? p.file}`];
  const lines = [
    `${p.file}: ${p.formatLabel}, ${p.encoding}, ${p.characters.toLocaleString('en')} characters, ${p.totalTurns} turns${p.pages > 0 ? `, ${p.pages} pages` : ''}`,
  ];
  if (p.duplicateOf !== null) lines.push(`  duplicate of "${p.duplicateOf}" (would be skipped)`);
  if (p.header.lineCount > 0) {
    const attrs = Object.entries(p.header.attributes).map(([k, v]) => `${k} = ${v}`);
    lines.push(`  header: ${p.header.lineCount} lines${attrs.length > 0 ? ` → ${attrs.join('; ')}` : ''}`);
  }
  lines.push(`  lines: ${p.hardWrapped ? 'hard-wrapped, ' : ''}${p.joinLines ? 'joined into paragraphs' : 'kept as they are'}`);
  const speakers = p.speakers
    .filter((s) => s.isSpeaker)
    .map((s) => `${s.label} (${s.turns} ${s.turns === 1 ? 'turn' : 'turns'}${s.role === null ? '' : `, ${s.role}`})`);
  const text = p.speakers.filter((s) => !s.isSpeaker).map((s) => `${s.label} (${s.why})`);
  lines.push(`  speakers: ${speakers.length > 0 ? speakers.join(', ') : 'none'}`);
  if (text.length > 0) lines.push(`  not speakers: ${text.join(', ')}`);
  for (const w of p.warnings) lines.push(`  warning: ${w}`);
  for (const t of p.turns) {
    const flat = t.words.replace(/\s+/g, ' ');
    lines.push(`    ${(t.speaker ?? '—').padEnd(14)} ${flat.length > 90 ? `${flat.slice(0, 89)}…` : flat}`);
  }
  return lines;
}
