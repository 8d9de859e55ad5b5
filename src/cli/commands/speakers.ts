import { SPEAKER_ROLES, type SpeakerRole } from '../../core/speaker-roles';
import { defineCommand } from '../command';
import { usageError } from '../errors';
import { withProject } from '../project-api';
import { documentNamed } from '../resolve';
import { projectArg } from './project-file';

/** `gioia speakers`: a document's speakers with turns and roles; rename, merge, refuse or give a role. */
export const speakersCommand = defineCommand({
  name: 'speakers',
  summary: "List a document's speakers; rename, merge, mark as not a speaker, set roles",
  usage: 'gioia speakers FILE --doc NAME [--rename OLD NEW | --not-speaker LABEL | --role LABEL=interviewer|informant|none] [--json]',
  description:
    'Lists the speakers of document NAME with their turns and roles. --rename OLD NEW renames a\n' +
    'speaker (renaming onto an existing speaker merges the two); --not-speaker LABEL joins every turn\n' +
    'of LABEL to the turn before it, so its label reads as words; --role sets or clears a role. Each\n' +
    'change is one undo step and moves no coding. With --json prints {speakers: [{speaker, turns, role}]}.',
  options: {
    doc: { type: 'string' },
    rename: { type: 'boolean' },
    'not-speaker': { type: 'string' },
    role: { type: 'string' },
    json: { type: 'boolean' },
  },
  optionHelp: {
    doc: 'Name of the document',
    rename: 'Rename speaker OLD to NEW (two arguments)',
    'not-speaker': 'LABEL is not a speaker',
    role: 'LABEL=interviewer, LABEL=informant or LABEL=none',
    json: 'Print the speakers as JSON',
  },
  positionals: { min: 1, max: 3, names: ['FILE', 'OLD', 'NEW'] },
  async run(ctx) {
    const path = projectArg(ctx.positionals[0] ?? '');
    const name = ctx.options['doc'];
    if (typeof name !== 'string' || name === '') throw usageError('speakers: --doc NAME is required');
    const doc = await withProject(ctx, path, async (call) => {
      const { id: documentId } = documentNamed(await call('listDocuments'), name);
      if (ctx.options['rename'] === true) {
        const [, from, to] = ctx.positionals;
        if (from === undefined || to === undefined) throw usageError('speakers: --rename needs OLD and NEW');
        await call('renameSpeaker', { documentId, from, to });
      } else if (typeof ctx.options['not-speaker'] === 'string') {
        await call('markNotSpeaker', { documentId, speaker: ctx.options['not-speaker'] });
      } else if (typeof ctx.options['role'] === 'string') {
        const item = ctx.options['role'];
        const eq = item.lastIndexOf('=');
        const role = item.slice(eq + 1);
        if (eq <= 0 || !(role === 'none' || (SPEAKER_ROLES as readonly string[]).includes(role))) {
          throw usageError(`speakers: --role needs LABEL=interviewer, LABEL=informant or LABEL=none, not "${item}"`);
        }
        await call('setSpeakerRole', { documentId, speaker: item.slice(0, eq), role: role === 'none' ? null : (role as SpeakerRole) });
      }
      return call('getDocument', { documentId });
    });
    const counts = new Map<string, number>();
    for (const t of doc.turns) if (t.speaker !== null) counts.set(t.speaker, (counts.get(t.speaker) ?? 0) + 1);
    const rows = [...counts].map(([speaker, turns]) => ({ speaker, turns, role: doc.roles[speaker] ?? null }));
    if (ctx.json) return void ctx.out(JSON.stringify({ speakers: rows }, null, 2));
    if (rows.length === 0) return void ctx.out('No speakers.');
    for (const r of rows)
      ctx.out(`${r.speaker.padEnd(24)}${String(r.turns).padStart(5)} ${r.turns === 1 ? 'turn ' : 'turns'}  ${r.role ?? ''}`);
  },
});
