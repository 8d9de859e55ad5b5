export interface CaseValues {
  readonly name: string;
  readonly documentIds: readonly string[];
  /** Attribute (or variable GUID) → value; '' is no value. */
  readonly values: ReadonlyMap<string, string>;
}

export interface GivenValue {
  readonly value: string;
  /** The case that gave it. */
  readonly from: string;
  /** Other cases linked to the document that give a different value. */
  readonly conflicts: ReadonlyArray<{ readonly value: string; readonly from: string }>;
}

/**
 * The values a document receives from its cases: per attribute, the first case (in the given
 * order) that has one, with every later case that disagrees. Import and export share this rule, so
 * an export can leave out exactly the document values its cases will give back on re-import.
 */
export function valuesFromCases(cases: readonly CaseValues[]): Map<string, Map<string, GivenValue>> {
  const out = new Map<string, Map<string, { value: string; from: string; conflicts: Array<{ value: string; from: string }> }>>();
  for (const c of cases) {
    for (const doc of c.documentIds) {
      const byKey = out.get(doc) ?? new Map();
      for (const [key, value] of c.values) {
        if (value === '') continue;
        const given = byKey.get(key);
        if (given === undefined) byKey.set(key, { value, from: c.name, conflicts: [] });
        else if (given.value !== value) given.conflicts.push({ value, from: c.name });
      }
      out.set(doc, byKey);
    }
  }
  return out;
}
