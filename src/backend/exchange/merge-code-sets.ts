import type { CodeId, SetId } from '../../core/ids';
import { counted, ReportBuilder, type ExchangeReport } from '../../core/exchange-report';
import type { RefiSet } from '../../adapters/refi';
import { createSet, listSets, setSetMembers, type Tx } from '../../storage';
import { keepOrFresh } from './import-ids';
import { isGioiaLevelSet } from './levels';

/**
 * A codebook's code groups (ATLAS.ti code groups, MAXQDA code sets) merge into the project's sets:
 * a set already here by GUID or name gains the codes it lacks, any other becomes a new code set.
 * Merging the same codebook again changes nothing.
 */
export function mergeCodeSets(tx: Tx, sets: readonly RefiSet[], codeIds: ReadonlyMap<string, CodeId>): ExchangeReport {
  const report = new ReportBuilder();
  let created = 0;
  let extended = 0;
  let unknown = 0;
  for (const set of sets) {
    if (isGioiaLevelSet(set)) continue;
    const codes = set.codeGuids.flatMap((g) => {
      const id = codeIds.get(g);
      if (id === undefined) unknown++;
      return id === undefined ? [] : [id];
    });
    const here = listSets(tx.conn).find((s) => s.id === set.guid || s.name.toLowerCase() === set.name.toLowerCase());
    if (here === undefined) {
      const id = createSet(tx, { id: keepOrFresh<SetId>(tx.conn, 'sets', set.guid), name: set.name, description: set.description });
      setSetMembers(tx, id, 'code', codes);
      created++;
      continue;
    }
    const missing = codes.filter((c) => !here.codeIds.includes(c));
    if (missing.length === 0) continue;
    setSetMembers(tx, here.id, 'code', [...here.codeIds, ...missing]);
    extended++;
  }
  if (created + extended > 0)
    report.kept(
      `${counted(created, 'code set')} added${extended > 0 ? `, ${counted(extended, 'set')} already here given the codes it lacked` : ''}.`,
    );
  if (unknown > 0) report.skipped(`${counted(unknown, 'code set member')} skipped: they refer to codes the codebook does not define.`);
  return report.build();
}
