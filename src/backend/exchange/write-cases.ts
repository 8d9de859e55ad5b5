import { counted, listed, ReportBuilder, type ExchangeReport } from '../../core/exchange-report';
import type { RefiProject } from '../../adapters/refi';
import { createCase, createMemo, setCaseMembers, setCaseValue, type Tx } from '../../storage';
import { memberResolver, type ImportIds } from './import-ids';
import { lexicalFromText } from './memo-body';
import type { AttributesWritten } from './write-attributes';

/**
 * Cases become cases: their names, their values (typed by the attribute their variable became),
 * the documents, passages and codes they refer to, and their description as the case memo. A case
 * linked to nothing is kept; a link to something not imported is named in the report.
 */
export function writeCases(
  tx: Tx,
  model: RefiProject,
  ids: ImportIds,
  attributes: AttributesWritten,
): { count: number; report: ExchangeReport } {
  const report = new ReportBuilder();
  let count = 0;
  let unlinked = 0;
  let values = 0;
  for (const c of model.cases) {
    const id = ids.cases.get(c.guid);
    if (id === undefined) continue;
    createCase(tx, { id: id, name: c.name });
    count++;
    const { keep, lost } = memberResolver(ids);
    const documents = keep(c.sourceGuids, (g) => (ids.documents.has(g) ? g : undefined));
    const segments = keep(c.selectionGuids, (g) => ids.segments.get(g));
    const codes = keep(c.codeGuids, (g) => ids.codes.get(g));
    if (documents.length > 0) setCaseMembers(tx, id, 'document', documents);
    if (segments.length > 0) setCaseMembers(tx, id, 'segment', segments);
    if (codes.length > 0) setCaseMembers(tx, id, 'code', codes);
    if (documents.length + segments.length + codes.length === 0) unlinked++;
    if (lost.length > 0) report.skipped(`Case "${c.name}": ${counted(lost.length, 'link')} not kept, to ${listed(lost, 5)}.`);
    for (const v of c.values) {
      const name = attributes.defined.get(v.variableGuid);
      const value = attributes.normalise(v.variableGuid, v.value);
      if (name === undefined || value === '') continue;
      setCaseValue(tx, id, name, value);
      values++;
    }
    if (c.description.trim() !== '') {
      createMemo(tx, {
        targetKind: 'case',
        targetId: id,
        bodyJson: lexicalFromText(c.description),
        bodyText: c.description,
        refiForm: 'description',
      });
    }
  }
  if (count > 0) {
    const none = unlinked > 0 ? `, ${unlinked} of them linked to no document` : '';
    report.kept(`${counted(count, 'case')} with ${counted(values, 'attribute value')}${none}.`);
  }
  return { count, report: report.build() };
}
