import {
  buildCodingIndex,
  computeAgreement,
  pooledCharacterAlpha,
  type AgreementInput,
  type AgreementReport,
  type CharacterCell,
  type CodeAgreementRow,
  type SegmentCodeAgreement,
  type Statistic,
} from '../../core/agreement';
import type { CodeId } from '../../core/ids';
import type { ValidParams } from '../../shared/contract';
import type { AgreementCounts, AgreementResult, AgreementRow, PresenceRow, StatCell } from '../../shared/features/comparison-types';
import type { ProjectStore } from '../../storage';
import { loadComparisonData, requireCodes, type ComparisonData } from './load';

type Params = ValidParams<'computeAgreement'>;

function notApplicable(message: string): StatCell {
  return { kind: 'undefined', reason: 'not-applicable', message };
}

const TWO_CODERS_ONLY = notApplicable(
  'Percent agreement and kappa compare exactly two coders; with three or more, read Krippendorff’s alpha.',
);
const NO_SEGMENT_KAPPA = notApplicable(
  'Cohen’s kappa needs a count of units neither coder coded, which segment matching does not have; read Brennan–Prediger (pe = 1/q), MAXQDA’s choice.',
);

function cell(s: Statistic): StatCell {
  return s.kind === 'value' ? { kind: 'value', value: s.value } : { kind: 'undefined', reason: s.reason, message: s.message };
}

/** The agreement input of the core: documents with their lengths and every coder's segments. */
function agreementInput(data: ComparisonData, documentIds?: ReadonlySet<string>): AgreementInput {
  const docs = documentIds ? data.documents.filter((d) => documentIds.has(d.id)) : data.documents;
  return {
    documents: docs.map((d) => ({ id: d.id, length: d.length })),
    coders: data.coders.map((c) => ({
      coderId: c.id,
      segments: (data.segmentsByCoder.get(c.id) ?? []).filter((s) => !documentIds || documentIds.has(s.documentId)),
    })),
  };
}

/** α over every (code, character) pair as one unit, over the requested codes only. */
function pooledAlpha(input: AgreementInput, codeIds: readonly CodeId[]): Statistic {
  const index = buildCodingIndex(input);
  return pooledCharacterAlpha(index, index.coders, codeIds).alpha;
}

function characterCounts(table: CharacterCell['table']): Omit<AgreementCounts, 'segmentsByCoder'> {
  const agreements = table.both + table.neither;
  const disagreements = table.onlyA + table.onlyB;
  return { agreements, disagreements, units: agreements + disagreements };
}

/** Segments per coder for every code at once: filtering all segments once per code grew with codes × segments. */
function segmentCountsByCode(data: ComparisonData): Map<CodeId, number[]> {
  const counts = new Map<CodeId, number[]>();
  data.coders.forEach((c, i) => {
    for (const s of data.segmentsByCoder.get(c.id) ?? []) {
      for (const codeId of new Set(s.codeIds)) {
        let row = counts.get(codeId);
        if (row === undefined) counts.set(codeId, (row = data.coders.map(() => 0)));
        row[i] = (row[i] ?? 0) + 1;
      }
    }
  });
  return counts;
}

function codeRow(data: ComparisonData, params: Params, row: CodeAgreementRow, counts: ReadonlyMap<CodeId, number[]>): AgreementRow {
  const code = data.codes.find((c) => c.id === row.codeId);
  const base = {
    key: row.codeId,
    label: code?.name ?? row.codeId,
    level: code?.level ?? null,
    alpha: cell(row.characterAlpha.alpha),
    alphaU: cell(row.unitizedAlpha.alpha),
  };
  const segmentsByCoder = counts.get(row.codeId) ?? data.coders.map(() => 0);
  const presence: PresenceRow = {
    percent: row.presence ? cell(row.presence.percentAgreement) : TWO_CODERS_ONLY,
    kappa: row.presence ? cell(row.presence.kappa) : TWO_CODERS_ONLY,
    brennanPrediger: row.presence ? cell(row.presence.brennanPrediger) : TWO_CODERS_ONLY,
    alpha: cell(row.presenceAlpha.alpha),
    table: row.presence?.table ?? null,
  };
  return { ...base, ...pairMeasures(params, row.character?.pooled ?? null, row.segment, segmentsByCoder), presence };
}

/** What a code's or the pooled segment-level result both give. */
type SegmentMeasures = Pick<SegmentCodeAgreement, 'percentAgreement' | 'kappa' | 'agreements' | 'disagreements'> | null;

/**
 * The two-coder measures of a row at the chosen unit: percent, Cohen's kappa and Brennan–Prediger
 * over characters, or percent and the segment-level kappa over matched segments; not applicable
 * when more than two coders are compared.
 */
function pairMeasures(
  params: Params,
  character: CharacterCell | null,
  segment: SegmentMeasures,
  segmentsByCoder: number[],
): Pick<AgreementRow, 'percent' | 'kappa' | 'brennanPrediger' | 'counts'> {
  if (params.unit === 'char' && character) {
    return {
      percent: cell(character.percentAgreement),
      kappa: cell(character.kappa),
      brennanPrediger: cell(character.brennanPrediger),
      counts: { segmentsByCoder, ...characterCounts(character.table) },
    };
  }
  if (params.unit === 'segment' && segment) {
    return {
      percent: cell(segment.percentAgreement),
      kappa: NO_SEGMENT_KAPPA,
      brennanPrediger: cell(segment.kappa),
      counts: {
        segmentsByCoder,
        agreements: segment.agreements,
        disagreements: segment.disagreements,
        units: segment.agreements + segment.disagreements,
      },
    };
  }
  return {
    percent: TWO_CODERS_ONLY,
    kappa: TWO_CODERS_ONLY,
    brennanPrediger: TWO_CODERS_ONLY,
    counts: { segmentsByCoder, agreements: null, disagreements: null, units: null },
  };
}

/** The all-codes row of one report (the table's last row, or one row per document when by=document). */
function pooledRow(
  data: ComparisonData,
  params: Params,
  report: AgreementReport,
  input: AgreementInput,
  codeIds: readonly CodeId[],
  key: string,
  label: string,
  documentIds?: ReadonlySet<string>,
): AgreementRow {
  const base = {
    key,
    label,
    level: null,
    alpha: cell(pooledAlpha(input, codeIds)),
    alphaU: cell(report.overall.unitizedAlpha),
  };
  const segmentsByCoder = data.coders.map((coder) => {
    const all = data.segmentsByCoder.get(coder.id) ?? [];
    return all.filter((s) => (!documentIds || documentIds.has(s.documentId)) && s.codeIds.some((c) => codeIds.includes(c))).length;
  });
  return { ...base, ...pairMeasures(params, report.overall.character, report.overall.segment, segmentsByCoder), presence: null };
}

/** Codes to compare: the ones asked for, else every code a chosen coder applied, in codebook order. */
function comparedCodes(data: ComparisonData, params: Params): CodeId[] {
  if (params.codeIds !== undefined) return requireCodes(data.codes, params.codeIds).map((c) => c.id);
  const used = new Set<string>();
  for (const list of data.segmentsByCoder.values()) for (const s of list) for (const c of s.codeIds) used.add(c);
  return data.codes.filter((c) => used.has(c.id)).map((c) => c.id);
}

export function computeProjectAgreement(store: ProjectStore, params: Params, now = new Date()): AgreementResult {
  const data = loadComparisonData(store, params.coderIds, {
    documentIds: params.documentIds,
    sessionId: params.sessionId,
    codePoints: true,
  });
  const codeIds = comparedCodes(data, params);
  const options = { codeIds, segmentThreshold: params.overlap };
  const input = agreementInput(data);
  const report = computeAgreement(input, options);
  const overall = pooledRow(data, params, report, input, codeIds, 'overall', 'All codes');
  const counts = params.by === 'code' ? segmentCountsByCode(data) : new Map<CodeId, number[]>();
  const rows =
    params.by === 'code'
      ? report.codes.map((r) => codeRow(data, params, r, counts))
      : data.documents.map((d) => {
          const only = new Set<string>([d.id]);
          const docInput = agreementInput(data, only);
          return pooledRow(data, params, computeAgreement(docInput, options), docInput, codeIds, d.id, d.name, only);
        });
  return {
    coders: data.coders.map((c) => ({ id: c.id, name: c.name })),
    documents: data.documents.map((d) => ({ id: d.id, name: d.name })),
    excludedDocuments: data.excluded,
    parameters: {
      unit: params.unit,
      overlap: params.overlap,
      by: params.by,
      measures: params.measures,
      documentScope: data.scope,
      sessionName: data.sessionName,
      characterUnit: 'code point',
    },
    rows,
    overall,
    ignoredSegments: report.ignoredSegments,
    computedAt: now.toISOString(),
  };
}
