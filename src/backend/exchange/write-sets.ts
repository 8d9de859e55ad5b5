import { counted, listed, ReportBuilder, type ExchangeReport } from '../../core/exchange-report';
import type { RefiProject, RefiSet } from '../../adapters/refi';
import {
  createSet,
  defineAttribute,
  findAttribute,
  listDocumentAttributes,
  setDocumentAttribute,
  setSetMembers,
  type Tx,
} from '../../storage';
import { memberResolver, type ImportIds } from './import-ids';
import { isGioiaLevelSet } from './levels';

/** ATLAS.ti users model variables as document groups named "variable: value". */
const VARIABLE_GROUP = /^\s*([^:]{1,80}?)\s*:\s*(\S.{0,200}?)\s*$/;

export interface SetsWritten {
  readonly report: ExchangeReport;
  /** Attributes made from "variable: value" document groups, for the export's report. */
  readonly derivedAttributes: readonly string[];
}

/**
 * Sets (MAXQDA document sets, ATLAS.ti document and code groups, NVivo sets) become sets of
 * documents, codes and memos. Our own Gioia level sets are how levels travel and are not kept as
 * sets. A document group named like "gender: male" also gives its documents that attribute value,
 * so the matrix can use it; a document in two such groups keeps the first value and the other is
 * reported.
 */
export function writeSets(tx: Tx, model: RefiProject, ids: ImportIds): SetsWritten {
  const report = new ReportBuilder();
  let documentSets = 0;
  let codeSets = 0;
  let mixed = 0;
  for (const set of model.sets) {
    const id = ids.sets.get(set.guid);
    if (id === undefined) continue;
    createSet(tx, { id: id, name: set.name, description: set.description });
    const { keep, lost } = memberResolver(ids);
    const documents = keep(set.sourceGuids, (g) => (ids.documents.has(g) ? g : undefined));
    const codes = keep(set.codeGuids, (g) => ids.codes.get(g));
    const memos = keep(set.noteGuids, (g) => ids.memos.get(g));
    if (documents.length > 0) setSetMembers(tx, id, 'document', documents);
    if (codes.length > 0) setSetMembers(tx, id, 'code', codes);
    if (memos.length > 0) setSetMembers(tx, id, 'memo', memos);
    const kinds = [documents.length, codes.length, memos.length].filter((n) => n > 0).length;
    if (kinds > 1) mixed++;
    else if (codes.length > 0) codeSets++;
    else documentSets++;
    if (lost.length > 0) report.skipped(`Set "${set.name}": ${counted(lost.length, 'member')} not kept: ${listed(lost, 5)}.`);
  }
  const level = model.sets.filter(isGioiaLevelSet);
  if (level.length > 0)
    report.mapped(`${counted(level.length, 'Gioia level set')} gave the codes their levels (they are written again at export).`);
  const total = documentSets + codeSets + mixed;
  if (total > 0) {
    const parts = [
      documentSets > 0 ? counted(documentSets, 'document set') : '',
      codeSets > 0 ? counted(codeSets, 'code set') : '',
      mixed > 0 ? counted(mixed, 'mixed set') : '',
    ];
    report.kept(`${parts.filter((p) => p !== '').join(', ')}.`);
  }
  const derivedAttributes = variableGroups(
    tx,
    model.sets.filter((s) => ids.sets.has(s.guid)),
    ids,
    report,
  );
  return { report: report.build(), derivedAttributes };
}

function variableGroups(tx: Tx, sets: readonly RefiSet[], ids: ImportIds, report: ReportBuilder): string[] {
  const groups = new Map<string, Array<{ value: string; set: RefiSet }>>();
  for (const set of sets) {
    const match = VARIABLE_GROUP.exec(set.name);
    if (match === null || set.sourceGuids.length === 0 || set.codeGuids.length > 0) continue;
    const variable = match[1] ?? '';
    groups.set(variable, [...(groups.get(variable) ?? []), { value: match[2] ?? '', set }]);
  }
  const derived: string[] = [];
  for (const [variable, members] of groups) {
    if (findAttribute(tx.conn, variable) !== null) {
      report.mapped(
        `Document groups "${variable}: …" were kept as sets; the attribute "${variable}" the file already defines was left as it is.`,
      );
      continue;
    }
    defineAttribute(tx, { name: variable, type: 'text' });
    derived.push(variable);
    let given = 0;
    const conflicts: string[] = [];
    for (const { value, set } of members) {
      for (const doc of set.sourceGuids) {
        if (!ids.documents.has(doc)) continue;
        const had = listDocumentAttributes(tx.conn, doc)[variable];
        if (had === undefined) {
          setDocumentAttribute(tx, doc, variable, value);
          given++;
        } else if (had !== value) conflicts.push(`a document in "${variable}: ${had}" and "${set.name}" kept "${had}"`);
      }
    }
    report.mapped(
      `Document groups ${listed(
        members.map((m) => `"${m.set.name}"`),
        6,
      )} are sets and also set the attribute "${variable}" on ${counted(given, 'document')}, so the matrix can use it.`,
    );
    if (conflicts.length > 0) report.mapped(`Attribute "${variable}": ${listed(conflicts, 5)}.`);
  }
  return derived;
}
