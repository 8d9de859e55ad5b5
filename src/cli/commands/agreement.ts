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
import { coderNamed } from '../resolve';
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
type AgreementOptions = Omit<Params<'computeAgreement'>, 'coderIds'> & { readonly coders: readonly string[] };

function parseOptions(options: Readonly<Record<string, string | boolean | undefined>>): AgreementOptions {
  const coders =
    typeof options['coders'] === 'string'
      ? options['coders']
          .split(',')
          .map((c) => c.trim())
          .filter(Boolean)
      : [];
  if (coders.length < 2) throw usageError('--coders needs at least two coder names, separated by commas');
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
    ...(measures ? { measures } : {}),
    ...(unit ? { unit } : {}),
    ...(overlap !== undefined ? { overlap } : {}),
    ...(by ? { by } : {}),
  };
}

async function agreementParamsOf(call: ApiCall, options: AgreementOptions): Promise<Params<'computeAgreement'>> {
  const coders = await call('listCoders');
  const { coders: names, ...rest } = options;
  return { ...rest, coderIds: names.map((c) => coderNamed(coders, c).id) };
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
  out(
    `Coders: ${result.coders.map((c) => c.name).join(', ')} · unit ${result.parameters.unit}${result.parameters.unit === 'segment' ? ` · overlap ≥ ${result.parameters.overlap}` : ''} · ${result.documents.length} documents`,
  );
  out(`${''.padEnd(width)}${measures.map((m) => m.padStart(18)).join('')}`);
  for (const r of rows) out(`${r.label.slice(0, width - 2).padEnd(width)}${measures.map((m) => show(PICK[m](r)).padStart(18)).join('')}`);
  const reasons = new Set(rows.flatMap((r) => measures.map((m) => PICK[m](r)).flatMap((c) => (c.kind === 'undefined' ? [c.message] : []))));
  for (const reason of reasons) out(`undefined: ${reason}`);
}

export const agreementCommand = defineCommand({
  name: 'agreement',
  summary: 'Inter-coder agreement: percent, Cohen’s kappa, Krippendorff’s alpha and α_u',
  usage:
    'gioia agreement FILE --coders A,B[,C] [--measure M] [--unit char|segment] [--overlap 0.9] [--by code|document] [--json | --format csv|xlsx|docx -o OUT]',
  description:
    'Compares the codings of two or more coders on the documents every one of them coded. --unit char takes\n' +
    'every character as a unit (NVivo); --unit segment matches whole segments that overlap by at least\n' +
    '--overlap (|a∩b|/|a∪b|, MAXQDA). Values print with 3 decimals; a value that does not exist for the\n' +
    'data prints as "undefined" with its reason. --format writes a report stating method, parameters and\n' +
    'references.',
  options: {
    coders: { type: 'string' },
    measure: { type: 'string' },
    unit: { type: 'string' },
    overlap: { type: 'string' },
    by: { type: 'string' },
    format: { type: 'string' },
    output: { type: 'string', short: 'o' },
    json: { type: 'boolean' },
  },
  optionHelp: {
    coders: 'Coder names (or ids), comma-separated, at least two',
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
