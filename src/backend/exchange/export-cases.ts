import { counted, ReportBuilder, type ExchangeReport } from '../../core/exchange-report';
import { derivedGuid, type RefiCase, type RefiVariable, type VariableType } from '../../adapters/refi';
import { exchangeAttributeValues, listAttributes, listCases, type Conn, type ExchangeDocument } from '../../storage';
import { valuesFromCases } from './case-values';
import type { ExportedMemos } from './export-memos';
import { ownCaseGuid } from './own-cases';

const VARIABLE_TYPE: Readonly<Record<string, VariableType>> = {
  text: 'Text',
  integer: 'Integer',
  float: 'Float',
  date: 'Date',
  boolean: 'Boolean',
};

export function variableGuid(name: string): string {
  return derivedGuid('gioia-variable', name);
}

/**
 * Attributes as variables, cases as cases (their memo as description, their values, documents,
 * passages and codes), and each document's attribute values that its cases will not give back on
 * import as a case of the document's own (how NVivo reads attributes). A value a case would give
 * that the document does not have travels as an empty value, so it stays cleared.
 */
export function exportCases(
  conn: Conn,
  documents: ReadonlyArray<Pick<ExchangeDocument, 'id' | 'name'>>,
  exportedSegments: ReadonlySet<string>,
  memos: ExportedMemos,
): { variables: RefiVariable[]; cases: RefiCase[]; report: ExchangeReport } {
  const report = new ReportBuilder();
  const attributes = listAttributes(conn);
  const variables = attributes.map((a) => ({ guid: variableGuid(a.name), name: a.name, type: VARIABLE_TYPE[a.type] ?? 'Text' }));
  const live = new Set(documents.map((d) => d.id));
  let droppedPassages = 0;
  let values = 0;
  const stored = listCases(conn);
  const cases: RefiCase[] = stored.map((c) => {
    const selectionGuids = c.segmentIds.filter((s) => exportedSegments.has(s));
    droppedPassages += c.segmentIds.length - selectionGuids.length;
    const own = Object.entries(c.values);
    values += own.length;
    return {
      guid: c.id,
      name: c.name,
      description: memos.description('case', c.id),
      codeGuids: [...c.codeIds],
      values: own.map(([name, value]) => ({ variableGuid: variableGuid(name), value })),
      sourceGuids: c.documentIds.filter((d) => live.has(d)),
      selectionGuids,
    };
  });
  const given = valuesFromCases(
    stored.map((c) => ({ name: c.name, documentIds: c.documentIds, values: new Map(Object.entries(c.values)) })),
  );
  const byDoc = new Map<string, Map<string, string>>();
  for (const v of exchangeAttributeValues(conn)) byDoc.set(v.documentId, (byDoc.get(v.documentId) ?? new Map()).set(v.name, v.value));
  let ownCases = 0;
  for (const d of documents) {
    const own = attributes.flatMap((a) => {
      const value = byDoc.get(d.id)?.get(a.name);
      const fromCase = given.get(d.id)?.get(a.name)?.value;
      if (value !== undefined && value !== fromCase) return [{ variableGuid: variableGuid(a.name), value }];
      if (value === undefined && fromCase !== undefined) return [{ variableGuid: variableGuid(a.name), value: '' }];
      return [];
    });
    if (own.length === 0) continue;
    ownCases++;
    cases.push({
      guid: ownCaseGuid(d.id),
      name: d.name,
      description: '',
      codeGuids: [],
      values: own,
      sourceGuids: [d.id],
      selectionGuids: [],
    });
  }
  if (stored.length > 0) report.kept(`${counted(stored.length, 'case')} with ${counted(values, 'attribute value')}.`);
  if (ownCases > 0)
    report.mapped(
      `The attribute values of ${counted(ownCases, 'document')} that no case gives travel as a case per document, named after it (how NVivo reads attributes).`,
    );
  if (droppedPassages > 0) report.skipped(`${counted(droppedPassages, 'passage')} linked to cases left out with their codings.`);
  return { variables, cases, report: report.build() };
}
