import { mimeOf } from '../../core/file-formats';
import {
  agreementReportCsv,
  agreementReportDocx,
  agreementReportXlsx,
  type AgreementReportModel,
  type ReportCell,
} from '../../adapters/export/agreement-report';
import type { AgreementMeasure, AgreementResult, AgreementRow, ReportExport, StatCell } from '../../shared/features/comparison-types';

export const MEASURE_LABEL: Readonly<Record<AgreementMeasure, string>> = {
  percent: 'Agreement',
  kappa: 'Cohen’s κ',
  'brennan-prediger': 'Brennan–Prediger κ',
  alpha: 'Krippendorff’s α',
  'alpha-u': 'Unitized α (α_u)',
};

export const REFERENCES = [
  'Brennan, R. L., & Prediger, D. J. (1981). Coefficient kappa: Some uses, misuses, and alternatives. Educational and Psychological Measurement, 41(3), 687–699.',
  'Cohen, J. (1960). A coefficient of agreement for nominal scales. Educational and Psychological Measurement, 20(1), 37–46.',
  'Krippendorff, K. (1995). On the reliability of unitizing continuous data. Sociological Methodology, 25, 47–76.',
  'Krippendorff, K. (2004). Content analysis: An introduction to its methodology (2nd ed.), ch. 11 and §12.4. Sage.',
  'Krippendorff, K. (2011). Computing Krippendorff’s alpha-reliability. Annenberg School for Communication, University of Pennsylvania.',
  'VERBI. MAXQDA manual, “Intercoder agreement” (segment-level agreement with a minimum overlap).',
];

function methodText(result: AgreementResult): string[] {
  const { unit, overlap } = result.parameters;
  const unitText =
    unit === 'char'
      ? 'Unit: every character (Unicode code point, so an emoji counts once) of every compared document, coded or not coded with the code by each coder (the NVivo coding-comparison convention). Agreement = (characters both coded + characters both left uncoded) / all characters.'
      : `Unit: the coded segment (the MAXQDA convention). A segment agrees when the other coder has a segment of the same code in the same document overlapping it by at least ${(overlap * 100).toFixed(0)}%, overlap = |a∩b| / |a∪b|. Agreement = agreeing segments / all segments of both coders.`;
  return [
    unitText,
    unit === 'char'
      ? 'Cohen’s κ = (po − pe)/(1 − pe) with pe = pA·pB + (1 − pA)(1 − pB) from each coder’s own marginals (Cohen 1960). Brennan–Prediger κ uses pe = 1/2 (Brennan & Prediger 1981).'
      : 'Cohen’s κ is not defined for segment matching (there is no count of units neither coder coded); Brennan–Prediger κ uses pe = 1/q with q the codes that have segments (Brennan & Prediger 1981; MAXQDA).',
    'Krippendorff’s α (nominal, binary coded/uncoded) takes every character as a unit and any number of coders (Krippendorff 2004, ch. 11; 2011). The “All codes” row pools every (code, character) pair.',
    'Unitized α (α_u) compares where the coders’ units begin and end on the continuum of the concatenated documents (Krippendorff 1995; 2004, §12.4); over several codes α_u = 1 − ΣD_o / ΣD_e.',
    `${scopeText(result)} A coder who coded nothing in a compared document disagrees with one who coded there.`,
    'Code presence: each compared document is one unit, marked present when the coder applied the code there at least once (MAXQDA’s code-existence criterion), scored with the same coefficients.',
    'Percent agreement and the kappas compare exactly two coders; with more coders they are reported as undefined. Values are shown with 3 decimals; “undefined” always carries its reason (no units, no variation, too few categories), never 0 or 1.',
  ];
}

function scopeText(result: AgreementResult): string {
  const p = result.parameters;
  if (p.documentScope === 'session') return `Documents: those given to every compared coder in the session “${p.sessionName ?? ''}”.`;
  if (p.documentScope === 'chosen') return 'Documents: the ones chosen for this comparison.';
  return 'Documents: every document any compared coder coded.';
}

function statCell(s: StatCell): ReportCell {
  return s.kind === 'value' ? { kind: 'coefficient', value: s.value } : { kind: 'undefined', reason: s.reason, message: s.message };
}

const MEASURE_OF: Readonly<Record<AgreementMeasure, (r: AgreementRow) => StatCell>> = {
  percent: (r) => r.percent,
  kappa: (r) => r.kappa,
  'brennan-prediger': (r) => r.brennanPrediger,
  alpha: (r) => r.alpha,
  'alpha-u': (r) => r.alphaU,
};

function count(value: number | null): ReportCell {
  return value === null ? { kind: 'text', text: '–' } : { kind: 'count', value };
}

/** The report's table and wording, from an agreement result; the same for every format. */
export function agreementReportModel(result: AgreementResult, projectName: string): AgreementReportModel {
  const { parameters: p, coders } = result;
  const measures = p.measures;
  const header = [
    p.by === 'code' ? 'Code' : 'Document',
    ...measures.map((m) => MEASURE_LABEL[m]),
    ...(p.by === 'code' ? ['Presence agreement', 'Presence κ', 'Presence α'] : []),
    ...coders.map((c) => `Segments ${c.name}`),
    'Agreements',
    'Disagreements',
    'Units',
  ];
  const row = (r: AgreementRow): ReportCell[] => [
    { kind: 'text', text: r.label },
    ...measures.map((m) => statCell(MEASURE_OF[m](r))),
    ...(p.by === 'code'
      ? r.presence === null
        ? [count(null), count(null), count(null)]
        : [statCell(r.presence.percent), statCell(r.presence.kappa), statCell(r.presence.alpha)]
      : []),
    ...r.counts.segmentsByCoder.map((n) => count(n)),
    count(r.counts.agreements),
    count(r.counts.disagreements),
    count(r.counts.units),
  ];
  return {
    title: 'Inter-coder agreement',
    projectName,
    parameters: [
      ['Coders', coders.map((c) => c.name).join(', ')],
      ['Unit', p.unit === 'char' ? 'character' : 'segment'],
      ['Minimum overlap', p.unit === 'segment' ? `${p.overlap} (|a∩b| / |a∪b|)` : 'not used (character unit)'],
      ['Rows', p.by === 'code' ? 'per code' : 'per document, all codes pooled'],
      ['Documents compared', `${result.documents.length}: ${result.documents.map((d) => d.name).join('; ')}`],
      ...(result.excludedDocuments.length > 0
        ? [['Documents left out', result.excludedDocuments.map((d) => `${d.name} (${d.reason})`).join('; ')] as const]
        : []),
      ['Computed', result.computedAt],
      ...(result.ignoredSegments > 0 ? [['Segments left out (range outside the document)', String(result.ignoredSegments)] as const] : []),
    ],
    header,
    rows: [...result.rows.map(row), row(result.overall)],
    method: methodText(result),
    references: REFERENCES,
  };
}

/** The report's bytes in one format, with the type and a file name a download can use. */
export async function agreementReportFile(
  result: AgreementResult,
  projectName: string,
  format: ReportExport['format'],
): Promise<{ fileName: string; mime: string; bytes: Buffer }> {
  const model = agreementReportModel(result, projectName);
  const bytes =
    format === 'csv'
      ? Buffer.from(agreementReportCsv(model), 'utf8')
      : format === 'xlsx'
        ? await agreementReportXlsx(model)
        : await agreementReportDocx(model);
  return { fileName: `agreement-report.${format}`, mime: mimeOf(format), bytes };
}
