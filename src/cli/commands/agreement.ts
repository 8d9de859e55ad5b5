import type { Params } from '../../shared/contract';
import {
  AGREEMENT_MEASURES,
  type AgreementMeasure,
  type AgreementResult,
  type ReportExport,
  type StatCell,
} from '../../shared/features/comparison-types';
import { defineCommand } from '../command';
import { usageError } from '../errors';
import { writeOutputFile } from '../output-file';
import { withProject, type ApiCall } from '../project-api';
import { coderNamed, sessionNamed } from '../resolve';
import { projectArg, refuseOverwrite } from './project-file';

const MEASURE_ALIASES: Readonly<Record<string, AgreementMeasure>> = {
  percent: 'percent',
  kappa: 'kappa',
  'brennan-prediger': 'brennan-prediger',
  bp: 'brennan-prediger',
  alpha: 'alpha',
  'alpha-u': 'alpha-u',
};

function oneOf<T extends string>(value: unknown, allowed: readonly T[], flag: string): T | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !allowed.includes(value as T)) throw usageError(`${flag} must be one of ${allowed.join(', ')}`);
  return value as T;
}

/** The agreement parameters with coder names still to be resolved against the project. */
type AgreementOptions = Omit<Params<'computeAgreement'>, 'coderIds' | 'sessionId'> & {
  readonly coders: readonly string[];
  readonly session: string | undefined;
};

function parseOptions(options: Readonly<Record<string, string | boolean | undefined>>): AgreementOptions {
  const coders =
    typeof options['coders'] === 'string'
      ? options['coders']
          .split(',')
          .map((c) => c.trim())
          .filter(Boolean)
      : [];
  const session = typeof options['session'] === 'string' ? options['session'] : undefined;
  if (coders.length < 2 && (session === undefined || coders.length > 0)) {
    throw usageError('--coders needs at least two coder names, separated by commas');
  }
  const measure = options['measure'];
  let measures: AgreementMeasure[] | undefined;
  if (measure !== undefined) {
    measures = String(measure)
      .split(',')
      .map((m) => {
        const known = MEASURE_ALIASES[m.trim()];
        if (known === undefined) throw usageError(`--measure must be one of ${AGREEMENT_MEASURES.join(', ')}`);
        return known;
      });
  }
  let overlap: number | undefined;
  if (options['overlap'] !== undefined) {
    overlap = Number(options['overlap']);
    if (!(overlap >= 0 && overlap <= 1)) throw usageError('--overlap must be a number from 0 to 1 (e.g. 0.9)');
  }
  const unit = oneOf(options['unit'], ['char', 'segment'] as const, '--unit');
  const by = oneOf(options['by'], ['code', 'document'] as const, '--by');
  return {
    coders,
    session,
    ...(measures ? { measures } : {}),
    ...(unit ? { unit } : {}),
    ...(overlap !== undefined ? { overlap } : {}),
    ...(by ? { by } : {}),
  };
}

async function agreementParamsOf(call: ApiCall, options: AgreementOptions): Promise<Params<'computeAgreement'>> {
  const coders = await call('listCoders');
  const { coders: names, session: sessionName, ...rest } = options;
  const session = sessionName === undefined ? undefined : sessionNamed(await call('listSessions'), sessionName);
  const coderIds = names.length > 0 ? names.map((c) => coderNamed(coders, c).id) : (session?.coders.map((c) => c.coderId) ?? []);
  return { ...rest, coderIds, ...(session ? { sessionId: session.id } : {}) };
}

function show(cell: StatCell): string {
  return cell.kind === 'value' ? cell.value.toFixed(3) : 'undefined';
}

const PICK: Readonly<Record<AgreementMeasure, (r: AgreementResult['overall']) => StatCell>> = {
  percent: (r) => r.percent,
  kappa: (r) => r.kappa,
  'brennan-prediger': (r) => r.brennanPrediger,
  alpha: (r) => r.alpha,
  'alpha-u': (r) => r.alphaU,
};

function printTable(out: (line: string) => void, result: AgreementResult): void {
  const measures = result.parameters.measures;
  const rows = [...result.rows, result.overall];
  const width = Math.min(48, Math.max(8, ...rows.map((r) => r.label.length))) + 2;
  const p = result.parameters;
  const unit = p.unit === 'segment' ? `segment · overlap ≥ ${p.overlap}` : 'character (code points)';
  out(
    `Coders: ${result.coders.map((c) => c.name).join(', ')} · unit ${unit}${p.sessionName === null ? '' : ` · session “${p.sessionName}”`}`,
  );
  out(`Documents compared (${result.documents.length}): ${result.documents.map((d) => d.name).join('; ')}`);
  for (const d of result.excludedDocuments) out(`Left out: ${d.name} (${d.reason})`);
  const presence = p.by === 'code';
  const cols = [...measures, ...(presence ? ['presence', 'presence κ'] : [])];
  out(`${''.padEnd(width)}${cols.map((m) => m.padStart(18)).join('')}`);
  for (const r of rows) {
    const cells = [
      ...measures.map((m) => PICK[m](r)),
      ...(presence ? (r.presence ? [r.presence.percent, r.presence.kappa] : [null, null]) : []),
    ];
    out(`${r.label.slice(0, width - 2).padEnd(width)}${cells.map((c) => (c === null ? '–' : show(c)).padStart(18)).join('')}`);
  }
  const shown = rows.flatMap((r) => [
    ...measures.map((m) => PICK[m](r)),
    ...(presence && r.presence ? [r.presence.percent, r.presence.kappa] : []),
  ]);
  const reasons = new Set(shown.flatMap((c) => (c.kind === 'undefined' ? [c.message] : [])));
  for (const reason of reasons) out(`undefined: ${reason}`);
}

export const agreementCommand = defineCommand({
  name: 'agreement',
  summary: 'Inter-coder agreement: percent, Cohen’s kappa, Krippendorff’s alpha and α_u',
  usage:
    'gioia agreement FILE --coders A,B[,C] [--measure M] [--unit char|segment] [--overlap 0.9] [--by code|document] [--json | --format csv|xlsx|docx -o OUT]',
  description:
    'Compares the codings of two or more coders. With --session, over the documents the session gave\n' +
    'every compared coder; otherwise over every document any compared coder coded (a coder who coded\n' +
    'nothing in a compared document disagrees with one who did). The output lists the documents\n' +
    'compared and why each other one was left out. --unit char takes every character (a Unicode code\n' +
    'point: an emoji is one) as a unit (NVivo); --unit segment matches whole segments that overlap by at\n' +
    'least --overlap (|a∩b|/|a∪b|, MAXQDA). Code presence per document (each document a unit) is shown\n' +
    'per code. Values print with 3 decimals; a value that does not exist for the data prints as\n' +
    '"undefined" with its reason. --format writes a report stating method, parameters and references.',
  options: {
    coders: { type: 'string' },
    session: { type: 'string' },
    measure: { type: 'string' },
    unit: { type: 'string' },
    overlap: { type: 'string' },
    by: { type: 'string' },
    format: { type: 'string' },
    output: { type: 'string', short: 'o' },
    json: { type: 'boolean' },
  },
  optionHelp: {
    coders: 'Coder names (or ids), comma-separated, at least two (default with --session: its coders)',
    session: 'Compare over the documents this session gave every compared coder',
    measure: 'percent, kappa, brennan-prediger, alpha or alpha-u (comma-separated; default all)',
    unit: 'char (default) or segment',
    overlap: 'Minimum overlap for --unit segment, 0 to 1 (default 0.9)',
    by: 'code (default): one row per code; document: one row per document',
    format: 'Write a report as csv, xlsx or docx (needs -o)',
    output: 'Report file to write (never overwritten)',
    json: 'Print the full result as JSON',
  },
  positionals: { min: 1, max: 1, names: ['FILE'] },
  async run(ctx) {
    const path = projectArg(ctx.positionals[0] ?? '');
    const options = parseOptions(ctx.options);
    const format = oneOf(ctx.options['format'], ['csv', 'xlsx', 'docx'] as const, '--format');
    const output = ctx.options['output'];
    if (format !== undefined && typeof output !== 'string') throw usageError('--format needs -o OUT');
    if (format === undefined && output !== undefined) throw usageError('-o needs --format csv|xlsx|docx');
    if (format !== undefined && typeof output === 'string') {
      const out = projectArg(output);
      refuseOverwrite(out);
      const file = await withProject(ctx, path, async (call) =>
        call('exportAgreementReportData', { format, agreement: await agreementParamsOf(call, options) }),
      );
      const bytes = Buffer.from(file.dataBase64, 'base64');
      writeOutputFile(out, bytes, 'new');
      const written: ReportExport = { path: out, format, bytes: bytes.length };
      if (ctx.json) ctx.out(JSON.stringify(written, null, 2));
      else ctx.out(`Wrote ${format.toUpperCase()} agreement report to ${written.path}`);
      return;
    }
    const result = await withProject(ctx, path, async (call) => call('computeAgreement', await agreementParamsOf(call, options)));
    if (ctx.json) ctx.out(JSON.stringify(result, null, 2));
    else printTable(ctx.out, result);
  },
});
