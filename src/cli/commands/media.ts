import { resolve } from 'node:path';
import { formatTimecode } from '../../core/timecodes';
import type { MediaInfo } from '../../shared/features/media-types';
import { defineCommand } from '../command';
import { usageError } from '../errors';
import { withProject } from '../project-api';
import { documentNamed } from '../resolve';
import { projectArg } from './project-file';

const ACTIONS = ['attach', 'detach', 'relink', 'find'] as const;

function describe(name: string, m: MediaInfo | null): string {
  if (m === null) return `"${name}": no recording linked`;
  const duration = m.durationMs === null ? 'duration unknown' : formatTimecode(m.durationMs).replace(/\.\d+$/, '');
  const status = m.status === 'ok' ? '' : m.status === 'missing' ? ' — MISSING, relink it' : ' — CHANGED on disk, relink it';
  return `"${name}": ${m.fileName} (${m.kind}, ${duration}, ${m.size.toLocaleString('en')} bytes) at ${m.resolvedPath}${m.copied ? ' (copied)' : ''}${status}`;
}

export const mediaCommand = defineCommand({
  name: 'media',
  summary: 'Link a recording to a transcript, unlink it, or find a moved one by its content',
  usage: 'gioia media FILE [--doc NAME] [--attach PATH [--copy] | --detach | --relink PATH | --find FOLDER] [--json]',
  description:
    'Without an action shows the recording of --doc (or of every document). --attach links the recording\n' +
    'at PATH (mp3, m4a, wav, ogg, flac, webm, mp4, mov): the project stores its path (relative to the\n' +
    'project folder where possible), size, duration and sha256, never a copy unless --copy, which copies\n' +
    'it into the "NAME media" folder beside the project. --detach unlinks it (the file is left alone).\n' +
    '--relink PATH points the link at the same recording moved elsewhere (its content must match);\n' +
    '--find FOLDER searches a folder for missing recordings by content (of --doc, or of every document).',
  options: {
    doc: { type: 'string' },
    attach: { type: 'string' },
    copy: { type: 'boolean' },
    detach: { type: 'boolean' },
    relink: { type: 'string' },
    find: { type: 'string' },
    json: { type: 'boolean' },
  },
  optionHelp: {
    doc: 'The document (by name)',
    attach: 'Link the recording at this path',
    copy: 'With --attach: copy the recording into the media folder beside the project',
    detach: 'Unlink the document’s recording',
    relink: 'The document’s recording, moved to this path',
    find: 'Look for missing recordings in this folder (by content)',
    json: 'Print the result as JSON',
  },
  positionals: { min: 1, max: 1, names: ['FILE'] },
  async run(ctx) {
    const path = projectArg(ctx.positionals[0] ?? '');
    const str = (name: string) => (typeof ctx.options[name] === 'string' ? ctx.options[name] : undefined);
    const chosen = ACTIONS.filter((a) => ctx.options[a] !== undefined && ctx.options[a] !== false);
    if (chosen.length > 1) throw usageError(`media: choose one of --${chosen.join(', --')}`);
    const action = chosen[0];
    const docName = str('doc');
    if (docName === undefined && action !== undefined && action !== 'find') throw usageError(`media: --${action} needs --doc NAME`);
    if (ctx.options['copy'] === true && action !== 'attach') throw usageError('media: --copy goes with --attach');
    return withProject(ctx, path, async (call) => {
      const docs = await call('listDocuments');
      const doc = docName === undefined ? undefined : documentNamed(docs, docName);
      if (action === 'attach' && doc !== undefined) {
        const info = await call('attachMedia', {
          documentId: doc.id,
          path: resolve(str('attach') ?? ''),
          copy: ctx.options['copy'] === true,
        });
        ctx.out(ctx.json ? JSON.stringify(info, null, 2) : `Linked: ${describe(doc.name, info)}`);
      } else if (action === 'detach' && doc !== undefined) {
        await call('detachMedia', { documentId: doc.id });
        ctx.out(ctx.json ? JSON.stringify({ detached: doc.name }) : `Unlinked the recording of "${doc.name}" (the file was left alone).`);
      } else if (action === 'relink' || action === 'find') {
        const target = resolve(str(action) ?? '');
        const report = await call('relinkMedia', {
          ...(doc === undefined ? {} : { documentId: doc.id }),
          ...(action === 'relink' ? { path: target } : { folder: target }),
        });
        if (ctx.json) ctx.out(JSON.stringify(report, null, 2));
        else {
          for (const r of report.relinked) ctx.out(`found      "${r.documentName}" → ${r.path}`);
          for (const r of report.notFound) ctx.out(`not found  "${r.documentName}" (${r.fileName})`);
          ctx.out(`${report.relinked.length} relinked, ${report.notFound.length} not found, ${report.searched} files looked at.`);
        }
        return report.notFound.length > 0 ? 1 : 0;
      } else {
        const shown = doc === undefined ? docs : [doc];
        const all = await call('listMedia');
        const rows = shown.map((d) => ({ document: d.name, media: all.find((m) => m.documentId === d.id) ?? null }));
        if (ctx.json) ctx.out(JSON.stringify(doc === undefined ? rows : rows[0], null, 2));
        else for (const r of rows) ctx.out(describe(r.document, r.media));
      }
      return 0;
    });
  },
});
