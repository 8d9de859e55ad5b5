import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import type { ProjectStore } from '../../../src/storage';
import {
  exchangeAttributeValues,
  exchangeCoders,
  exchangeCodes,
  exchangeDocuments,
  exchangeSegments,
  getSetting,
  listCases,
  listMemos,
  listRelationRecords,
  listSets,
  SETTING_ACTIVE_CODER,
} from '../../../src/storage';
import { codebookToModel, projectToModel } from '../../../src/backend/exchange/to-model';
import type { RefiCode } from '../../../src/adapters/refi';

const REPO = resolve(__dirname, '../../..');
/** The team's shared folder with the REFI-QDA XSDs; absent on a checkout of the repo alone. */
export const REFI_DIR = resolve(REPO, '../shared/refi-qda');
export const HAVE_XSD = existsSync(join(REFI_DIR, 'Project.xsd')) && hasXmllint();
export const XSD_SKIP_REASON = existsSync(REFI_DIR)
  ? 'xmllint (Debian libxml2-utils) is not installed'
  : `${REFI_DIR} (the shared REFI-QDA schemas) is absent`;

function hasXmllint(): boolean {
  try {
    execFileSync('xmllint', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Validates with the real schema; returns xmllint's complaint, or null when valid. */
export function xsdProblems(xml: string, schema: 'Project.xsd' | 'Codebook.xsd', dir: string): string | null {
  const file = join(dir, `check-${schema}.xml`);
  writeFileSync(file, xml);
  try {
    execFileSync('xmllint', ['--noout', '--schema', join(REFI_DIR, schema), file], { stdio: 'pipe' });
    return null;
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr ?? error);
  }
}

export function qdeOf(qdpx: Uint8Array): string {
  const files = unzipSync(qdpx);
  return new TextDecoder().decode(files['project.qde']);
}

/** Everything a round trip must keep, keyed by GUIDs and names so two projects can be compared. */
export function snapshot(store: ProjectStore) {
  const conn = store.conn;
  const codes = exchangeCodes(conn);
  const byId = new Map(codes.map((c) => [c.id, c] as const));
  return {
    documents: exchangeDocuments(conn)
      .map((d) => ({ id: d.id, name: d.name, text: d.text }))
      .sort(by('id')),
    codes: codes
      .map((c) => ({
        id: c.id,
        level: c.level,
        name: c.name,
        definition: c.definition,
        colour: c.colour,
        parent: c.parentId ? (byId.get(c.parentId)?.name ?? null) : null,
      }))
      .sort(by('id')),
    segments: exchangeSegments(conn)
      .map((s) => ({
        id: s.id,
        doc: s.documentId,
        start: s.start,
        end: s.end,
        quote: s.quote,
        coder: s.coderId,
        codes: s.links.map((l) => l.codeId).sort(),
      }))
      .sort(by('id')),
    users: exchangeCoders(conn)
      .map((c) => ({ id: c.id, name: c.name }))
      .sort(by('id')),
    // Descriptions come in as memos without a GUID of their own, so they are compared by target.
    memos: listMemos(conn)
      .map((m) => ({
        id: m.refiForm === 'description' ? null : m.id,
        kind: m.targetKind,
        target: m.targetId,
        title: m.title,
        text: m.bodyText,
        form: m.refiForm,
        description: m.description,
      }))
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    attributes: exchangeAttributeValues(conn).sort((a, b) => `${a.documentId}/${a.name}`.localeCompare(`${b.documentId}/${b.name}`)),
    sets: listSets(conn),
    cases: listCases(conn),
    relations: listRelationRecords(conn),
    /** The tree an export writes: where each code stands in the tool it came from. */
    tree: outline(codebookToModel(store).codebook.codes),
    activeCoder: getSetting(conn, SETTING_ACTIVE_CODER),
    creator: projectToModel(store).model.creatingUserGuid,
  };
}

/** A code tree as nested names with GUIDs and codability: what a partner tool shows. */
export function outline(codes: readonly RefiCode[]): unknown[] {
  return codes.map((c) => ({ guid: c.guid, name: c.name, codable: c.isCodable, children: outline(c.children) }));
}

function by<T>(key: keyof T) {
  return (a: T, b: T) => String(a[key]).localeCompare(String(b[key]));
}
