import { derivedGuid, type RefiCase } from '../../adapters/refi';

/**
 * Our export writes a document's attribute values that no case gives as a case of its own, named
 * after the document, with a GUID derived from the document's (NVivo reads attributes from cases).
 * On import such a case is recognised by that GUID: its values are the document's own, not a case.
 */
export function ownCaseGuid(documentId: string): string {
  return derivedGuid('gioia-case', documentId);
}

/** The document a case holds the own values of, or null when it is a real case. */
export function ownCaseDocument(c: RefiCase, documents: ReadonlySet<string>): string | null {
  const [only, ...rest] = c.sourceGuids;
  if (only === undefined || rest.length > 0 || !documents.has(only)) return null;
  return c.guid === ownCaseGuid(only) && c.description === '' && c.selectionGuids.length === 0 && c.codeGuids.length === 0 ? only : null;
}
