import type { RefiProject, VariableType } from '../../adapters/refi';
import { counted, ReportBuilder, type ExchangeReport } from '../../core/exchange-report';
import { numberedName } from '../../core/text-rules';
import { defineAttribute, findAttribute, setDocumentAttribute, type AttributeType, type Tx } from '../../storage';
import { valuesFromCases } from './case-values';

const ATTRIBUTE_TYPE: Readonly<Record<VariableType, AttributeType>> = {
  Text: 'text',
  Integer: 'integer',
  Float: 'float',
  Date: 'date',
  Boolean: 'boolean',
  DateTime: 'text',
};

const FITS: Readonly<Record<AttributeType, (v: string) => boolean>> = {
  text: () => true,
  integer: (v) => /^-?\d+$/.test(v),
  float: (v) => v.trim() !== '' && Number.isFinite(Number(v)),
  date: (v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)),
  boolean: (v) => v === 'true' || v === 'false',
};

export interface AttributesWritten {
  /** Document attribute values set. */
  readonly count: number;
  /** Variable GUID → the attribute it became, and the value as stored (typed form). */
  readonly defined: ReadonlyMap<string, string>;
  readonly normalise: (variableGuid: string, value: string) => string;
  readonly report: ExchangeReport;
}

/**
 * Variables become attributes, shared by documents and cases. A document gets a value two ways:
 * on the source itself (MAXQDA, and our export for values no case gives) or from a case that
 * refers to the source (NVivo). Its own value wins; among cases the first (in file order) gives
 * the value, and any other case that gives a different one is reported by name — nothing is
 * chosen silently. `ownCases` are the per-document cases our export writes: their values are the
 * document's own, and an empty one clears what a case would give. A variable whose values do not
 * all fit its declared type is defined as text rather than losing values.
 */
export function writeAttributes(
  tx: Tx,
  model: RefiProject,
  documents: ReadonlySet<string>,
  ownCases: ReadonlyMap<string, string>,
): AttributesWritten {
  const report = new ReportBuilder();
  const names = new Map(model.sources.map((s) => [s.guid, s.name] as const));
  const realCases = model.cases.filter((c) => !ownCases.has(c.guid));
  const fromCases = valuesFromCases(
    realCases.map((c) => ({
      name: c.name,
      documentIds: c.sourceGuids.filter((g) => documents.has(g)),
      values: new Map(c.values.map((v) => [v.variableGuid, v.value.trim()] as const)),
    })),
  );
  const values = new Map<string, Map<string, string>>();
  for (const [doc, byVar] of fromCases) values.set(doc, new Map([...byVar].map(([k, v]) => [k, v.value] as const)));
  const variableName = new Map(model.variables.map((v) => [v.guid, v.name] as const));
  const own = (doc: string, variable: string, value: string) => {
    if (!documents.has(doc)) return;
    const byVar = values.get(doc) ?? new Map<string, string>();
    const fromCase = fromCases.get(doc)?.get(variable);
    if (fromCase !== undefined && fromCase.value !== value && value !== '')
      report.mapped(
        `"${names.get(doc) ?? doc}": ${variableName.get(variable) ?? 'a variable'} is "${value}" on the document itself and "${fromCase.value}" in case "${fromCase.from}"; the document's own value was kept for it (the case keeps its own).`,
      );
    byVar.set(variable, value.trim());
    values.set(doc, byVar);
  };
  for (const c of model.cases) {
    const doc = ownCases.get(c.guid);
    if (doc !== undefined) for (const v of c.values) own(doc, v.variableGuid, v.value);
  }
  for (const s of model.sources) for (const v of s.variableValues) own(s.guid, v.variableGuid, v.value);
  for (const [doc, byVar] of fromCases) {
    for (const [variable, given] of byVar) {
      for (const other of given.conflicts) {
        report.mapped(
          `"${names.get(doc) ?? doc}": ${variableName.get(variable) ?? 'a variable'} is "${given.value}" in case "${given.from}" and "${other.value}" in case "${other.from}"; the document was given "${given.value}" (the first case); each case keeps its own value.`,
        );
      }
    }
  }

  const types = new Map<string, AttributeType>();
  const defined = new Map<string, string>();
  const taken = new Set<string>();
  const allValues = (guid: string) => [
    ...[...values.values()].map((m) => m.get(guid)),
    ...realCases.flatMap((c) => c.values.filter((v) => v.variableGuid === guid).map((v) => v.value.trim())),
  ];
  for (const variable of model.variables) {
    let type = ATTRIBUTE_TYPE[variable.type];
    const used = allValues(variable.guid)
      .filter((v): v is string => v !== undefined && v !== '')
      .map((v) => normaliseValue(v, type));
    if (!used.every(FITS[type])) {
      report.mapped(`Variable "${variable.name}" has values that are not ${type}s; it was imported as text.`);
      type = 'text';
    }
    const wanted = variable.name.trim() || 'Variable';
    let name = wanted;
    for (let n = 2; taken.has(name.toLowerCase()) || findAttribute(tx.conn, name) !== null; n++) name = numberedName(wanted, n);
    if (name !== wanted) report.mapped(`Variable "${wanted}" appears more than once; this one was imported as "${name}".`);
    defineAttribute(tx, { name, type });
    taken.add(name.toLowerCase());
    defined.set(variable.guid, name);
    types.set(variable.guid, type);
  }
  const normalise = (variableGuid: string, value: string) => normaliseValue(value.trim(), types.get(variableGuid) ?? 'text');
  let count = 0;
  let undefinedVariable = 0;
  for (const [doc, byVar] of values) {
    for (const [variableGuid, value] of byVar) {
      const name = defined.get(variableGuid);
      if (name === undefined) {
        undefinedVariable++;
        continue;
      }
      if (value === '') continue;
      setDocumentAttribute(tx, doc, name, normalise(variableGuid, value));
      count++;
    }
  }
  if (undefinedVariable > 0)
    report.skipped(`${counted(undefinedVariable, 'variable value')} skipped: they refer to variables the file does not define.`);
  return { count, defined, normalise, report: report.build() };
}

/** Other tools write dates as date-times and booleans in capitals; our attribute types are strict. */
function normaliseValue(v: string, type: AttributeType): string {
  if (type === 'date' && /^\d{4}-\d{2}-\d{2}T/.test(v)) return v.slice(0, 10);
  if (type === 'boolean' && /^(true|false)$/i.test(v)) return v.toLowerCase();
  return v;
}
