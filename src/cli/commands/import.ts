import { resolve } from 'node:path';
import { transcriptExtensionsPhrase } from '../../core/file-formats';
import type { ImportResult } from '../../shared/features/documents-types';
import { defineCommand } from '../command';
import { usageError } from '../errors';
import { withProject } from '../project-api';
import { CHOICE_HELP, CHOICE_OPTIONS, choicesFromOptions, describePreview } from './import-choices';
import { isRefiImport, runRefiImport } from './import-refi';
import { projectArg } from './project-file';

export const importCommand = defineCommand({
  name: 'import',
  summary: `Import transcripts (${transcriptExtensionsPhrase()}) into a project`,
  usage:
    'gioia import FILE PATH... [--preview] [--speaker L]... [--not-speaker L]... [--header-lines N] [--join-lines|--keep-lines] [--role L=R]... [--attr key=value]... [--json] | gioia import [--new] FILE X.qdpx|X.qdc',
  description:
    'Imports each PATH as one document, one file at a time; a file whose text is already in the project\n' +
    'is skipped as a duplicate, and a file that cannot be imported is reported without stopping the\n' +
    'others. A document is named after its file (without the extension); if that name is taken, " (2)",\n' +
    '" (3)"… is appended. --attr sets an attribute on every imported document (defined as text if new).\n' +
    'Exits with 1 if any file failed. With --json prints {results, imported, duplicates, failed}.\n' +
    '--preview stores nothing: it shows, per file, the format, encoding, header lines (and the\n' +
    'attributes they give), whether lines are joined, each speaker label with its turns and why it is\n' +
    'or is not taken for a speaker, and the first turns; with --json, an array of previews. The\n' +
    'choice options apply to every file, in a preview and in the import, and are recorded with each\n' +
    'document; what they leave out takes the suggestion.',
  options: {
    attr: { type: 'string', multiple: true },
    json: { type: 'boolean' },
    new: { type: 'boolean' },
    preview: { type: 'boolean' },
    ...CHOICE_OPTIONS,
  },
  optionHelp: {
    preview: 'Show how each file would be imported; store nothing',
    ...CHOICE_HELP,
    attr: 'key=value attribute for every imported document (repeatable)',
    json: 'Print the per-file results as JSON',
    new: 'REFI-QDA: create FILE from a .qdpx project or .qdc codebook (a .qdc without --new merges into FILE)',
  },
  positionals: { min: 2, max: Number.MAX_SAFE_INTEGER, names: ['FILE', 'PATH'] },
  async run(ctx) {
    // REFI-QDA .qdpx/.qdc files belong to the exchange feature.
    if (isRefiImport(ctx)) return runRefiImport(ctx);
    const [file = '', ...paths] = ctx.positionals;
    const project = projectArg(file);
    const attributes = parseAttrs(ctx.options['attr']);
    const resolved = paths.map((p) => resolve(p));
    const chosen = choicesFromOptions(ctx.options);
    const choices = Object.fromEntries(resolved.map((p) => [p, chosen]));
    if (ctx.options['preview'] === true) {
      const previews = await withProject(ctx, project, (call) => call('previewImport', { paths: resolved, choices }));
      if (ctx.json) ctx.out(JSON.stringify(previews, null, 2));
      else for (const p of previews) for (const line of describePreview(p)) ctx.out(line);
      return previews.some((p) => !p.ok) ? 1 : 0;
    }
    const { report, beside } = await withProject(ctx, project, async (call) => {
      const report = await call('importFiles', { paths: resolved, attributes, choices });
      const files = report.results.flatMap((r) =>
        r.status === 'imported' && r.documentIds.length === 1 ? [{ documentId: r.documentIds[0]!, file: r.file }] : [],
      );
      return { report, beside: files.length === 0 ? [] : await call('mediaBeside', { files }) };
    });
    if (ctx.json) ctx.out(JSON.stringify(report, null, 2));
    else {
      for (const r of report.results) ctx.out(describe(r));
      ctx.out(`${report.imported} imported, ${report.duplicates} skipped as duplicates, ${report.failed} failed.`);
      for (const c of beside)
        ctx.out(
          `recording beside "${c.documentName}": ${c.path} (link it: gioia media ${file} --doc "${c.documentName}" --attach "${c.path}")`,
        );
    }
    return report.failed > 0 ? 1 : 0;
  },
});

function parseAttrs(raw: unknown): Record<string, string> {
  const list = Array.isArray(raw) ? (raw as string[]) : typeof raw === 'string' ? [raw] : [];
  const attributes: Record<string, string> = {};
  for (const item of list) {
    const eq = item.indexOf('=');
    const key = eq < 0 ? '' : item.slice(0, eq).trim();
    if (key === '') throw usageError(`import: --attr needs key=value, not "${item}"`);
    attributes[key] = item.slice(eq + 1);
  }
  return attributes;
}

function describe(r: ImportResult): string {
  if (r.status === 'imported') return `imported   ${r.file} → "${r.name ?? ''}" (${r.details[0] ?? ''})`;
  if (r.status === 'duplicate') return `duplicate  ${r.reason ?? r.file}`;
  return `failed     ${r.reason ?? r.file}`;
}
