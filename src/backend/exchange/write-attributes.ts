import type { RefiProject, VariableType } from '../../adapters/refi';
import { numberedName } from '../../core/text-rules';
import { defineAttribute, findAttribute, setDocumentAttribute, type AttributeType, type Tx } from '../../storage';

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

/**
 * Variables become document attributes. A value can reach a document two ways — written on the
 * source itself (MAXQDA) or on a case that references the source (NVivo, and our export); the
 * source's own value wins. A variable whose values do not all fit its declared type is defined as
 * text rather than losing values.
 */
export function writeAttributes(tx: Tx, model: RefiProject, documents: ReadonlySet<string>): { count: number; details: string[] } {
  const details: string[] = [];
  const values = new Map<string, Map<string, string>>();
  let unplaced = 0;
  const put = (doc: string, variable: string, value: string, override: boolean) => {
    if (!documents.has(doc)) return void unplaced++;
    const byVar = values.get(doc) ?? new Map<string, string>();
    if (override || !byVar.has(variable)) byVar.set(variable, value.trim());
    values.set(doc, byVar);
  };
  for (const c of model.cases) for (const s of c.sourceGuids) for (const v of c.values) put(s, v.variableGuid, v.value, false);
  for (const s of model.sources) for (const v of s.variableValues) put(s.guid, v.variableGuid, v.value, true);

  const defined = new Map<string, string>();
  const names = new Set<string>();
  for (const variable of model.variables) {
    let type = ATTRIBUTE_TYPE[variable.type];
    for (const byVar of values.values()) {
      const raw = byVar.get(variable.guid);
      if (raw !== undefined) byVar.set(variable.guid, normalise(raw, type));
    }
    const used = [...values.values()].map((m) => m.get(variable.guid)).filter((v): v is string => v !== undefined);
    if (!used.every(FITS[type])) {
      details.push(`Variable "${variable.name}" has values that are not ${type}s; it was imported as text.`);
      type = 'text';
    }
    const wanted = variable.name.trim() || 'Variable';
    let name = wanted;
    for (let n = 2; names.has(name.toLowerCase()) || findAttribute(tx.conn, name) !== null; n++) name = numberedName(wanted, n);
    if (name !== wanted) details.push(`Variable "${wanted}" appears more than once; this one was imported as "${name}".`);
    defineAttribute(tx, { name, type });
    names.add(name.toLowerCase());
    defined.set(variable.guid, name);
  }
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
      setDocumentAttribute(tx, doc, name, value);
      count++;
    }
  }
  if (undefinedVariable > 0)
    details.push(
      `${undefinedVariable} variable value${plural(undefinedVariable)} skipped: they refer to variables the file does not define.`,
    );
  if (unplaced > 0)
    details.push(`${unplaced} variable value${plural(unplaced)} skipped: their case refers to sources that were not imported.`);
  return { count, details };
}

/** Other tools write dates as date-times and booleans in capitals; our attribute types are strict. */
function normalise(v: string, type: AttributeType): string {
  if (type === 'date' && /^\d{4}-\d{2}-\d{2}T/.test(v)) return v.slice(0, 10);
  if (type === 'boolean' && /^(true|false)$/i.test(v)) return v.toLowerCase();
  return v;
}

function plural(n: number): string {
  return n === 1 ? '' : 's';
}
