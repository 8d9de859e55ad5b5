import { counted, ReportBuilder, type ExchangeReport } from '../../core/exchange-report';
import type { LinkDirection, RefiProject } from '../../adapters/refi';
import type { RelationDirection } from '../../shared/features/sets-types';
import { createRelation, type Tx } from '../../storage';
import { endOf, missing, type ImportIds } from './import-ids';

export const DIRECTION_IN: Readonly<Record<LinkDirection, RelationDirection>> = {
  Associative: 'associative',
  OneWay: 'one-way',
  Bidirectional: 'bidirectional',
};

/** Links become relations between whatever they join; a link to something not imported is named in the report. */
export function writeRelations(tx: Tx, model: RefiProject, ids: ImportIds): { created: Set<string>; report: ExchangeReport } {
  const report = new ReportBuilder();
  const created = new Set<string>();
  const kinds = new Map<string, number>();
  for (const link of model.links) {
    const id = ids.relations.get(link.guid);
    const origin = endOf(ids, link.originGuid);
    const target = endOf(ids, link.targetGuid);
    if (id === undefined || origin === null || target === null) {
      const gone = origin === null ? link.originGuid : link.targetGuid;
      report.skipped(`Link "${link.name || link.guid}" was not imported: it joins ${missing(ids, gone)}.`);
      continue;
    }
    createRelation(tx, {
      id: id,
      name: link.name,
      direction: DIRECTION_IN[link.direction],
      colour: link.colour,
      originKind: origin.kind,
      originId: origin.id,
      targetKind: target.kind,
      targetId: target.id,
    });
    created.add(link.guid);
    const kind = origin.kind === target.kind ? `${origin.kind}s` : 'other things';
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  }
  if (kinds.size > 0) {
    const parts = [...kinds].map(([kind, n]) => `${n} between ${kind === 'segments' ? 'quotations' : kind}`);
    const total = [...kinds.values()].reduce((a, b) => a + b, 0);
    report.kept(`${counted(total, 'relation')} (${parts.join(', ')}).`);
  }
  return { created, report: report.build() };
}
