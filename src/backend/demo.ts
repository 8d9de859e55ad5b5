import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodeId, CoderId, DocumentId } from '../core/ids';
import { DomainError } from '../core/result';
import { detectTurns } from '../core/turns';
import type { ProjectSummary } from '../shared/types';
import {
  addDocument,
  createCode,
  createCoder,
  createSegment,
  createSession,
  defineAttribute,
  setSessionCoder,
  insertProject,
  setSetting,
  SETTING_ACTIVE_CODER,
  type Tx,
} from '../storage';
import { locateQuote, readDemoManifest, type DemoManifest } from './demo-manifest';
import { projectInfo, writeProjectAtomically, type ProjectFileOptions } from './project-files';

export const DEMO_FILE_NAME = 'Demo study.gioia';
const UNGROUPED_COLOUR = '#8a8f98';

export function demoDir(resourcesDir: string): string {
  return join(resourcesDir, 'demo');
}

/** Reads a transcript as the importers will: UTF-8, BOM dropped, line endings normalised to `\n`. */
export function readTranscript(file: string): string {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new DomainError('file-unreadable', `Cannot read demo transcript "${file}": ${(e as Error).message}`);
  }
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/**
 * Writes the demo study (coded transcripts from `resources/demo`) to `targetPath`. Everything is one
 * transaction and one `system` event, built at a temp path and moved into place when complete.
 */
export async function writeDemoProject(
  targetPath: string,
  resourcesDir: string,
  options: ProjectFileOptions = {},
): Promise<ProjectSummary> {
  const dir = demoDir(resourcesDir);
  const manifest = readDemoManifest(join(dir, 'project.json'));
  const texts = new Map(manifest.documents.map((d) => [d.file, readTranscript(join(dir, d.file))] as const));
  await writeProjectAtomically(targetPath, options, (store) => {
    store.mutate({ coderId: null, action: 'create-demo', summary: 'Created demo project', kind: 'system' }, (tx) =>
      fillDemo(tx, manifest, texts, options.appVersion ?? 'unknown'),
    );
  });
  return projectInfo(targetPath);
}

function fillDemo(tx: Tx, manifest: DemoManifest, texts: ReadonlyMap<string, string>, appVersion: string): void {
  insertProject(tx, { name: manifest.name, description: manifest.description, appVersion });
  const coders = new Map<string, CoderId>();
  for (const c of manifest.coders) coders.set(c.name, createCoder(tx, { name: c.name, colour: c.colour }).id);
  const firstCoder = coders.values().next().value;
  if (firstCoder !== undefined) setSetting(tx, SETTING_ACTIVE_CODER, firstCoder);
  for (const a of manifest.attributes) defineAttribute(tx, a);

  const documents = new Map<string, { id: DocumentId; text: string }>();
  for (const d of manifest.documents) {
    const text = texts.get(d.file) ?? '';
    const id = addDocument(tx, {
      name: d.name,
      text,
      turns: detectTurns(text),
      sourceName: d.file,
      sourceFormat: 'txt',
      sourceEncoding: 'utf-8',
      sourceBytes: Buffer.byteLength(text, 'utf8'),
      importedBy: firstCoder ?? null,
      attributes: d.attributes,
    });
    documents.set(d.file, { id, text });
  }

  const concepts = createCodebook(tx, manifest);
  manifest.codings.forEach((coding, i) => {
    const where = `"${coding.document}" (coding ${i + 1})`;
    const doc = documents.get(coding.document);
    if (doc === undefined) throw new DomainError('file-invalid', `Demo coding ${i + 1} names unknown document "${coding.document}".`);
    const coderId = coders.get(coding.coder);
    if (coderId === undefined) throw new DomainError('file-invalid', `Demo coding ${i + 1} names unknown coder "${coding.coder}".`);
    const codeIds = coding.concepts.map((name) => {
      const id = concepts.get(name);
      if (id === undefined) throw new DomainError('file-invalid', `Demo coding ${i + 1} names unknown concept "${name}".`);
      return id;
    });
    const start = locateQuote(doc.text, coding.quote, coding.occurrence, where);
    createSegment(tx, { documentId: doc.id, start, end: start + coding.quote.length, coderId, codeIds });
  });
  for (const s of manifest.sessions) {
    const sessionId = createSession(tx, s.name);
    for (const member of s.coders) {
      const coderId = coders.get(member.coder);
      if (coderId === undefined) throw new DomainError('file-invalid', `Demo session "${s.name}" names unknown coder "${member.coder}".`);
      const ids = member.documents.map((file) => {
        const doc = documents.get(file);
        if (doc === undefined) throw new DomainError('file-invalid', `Demo session "${s.name}" names unknown document "${file}".`);
        return doc.id;
      });
      setSessionCoder(tx, sessionId, coderId, ids);
    }
  }
}

/** Returns concept ids by name; codings refer to concepts by name, so names must be unique. */
function createCodebook(tx: Tx, manifest: DemoManifest): Map<string, CodeId> {
  const concepts = new Map<string, CodeId>();
  const addConcept = (c: { concept: string; definition: string; colour?: string | undefined }, parentId: CodeId | null, colour: string) => {
    if (concepts.has(c.concept)) throw new DomainError('file-invalid', `Demo concept "${c.concept}" is defined twice.`);
    concepts.set(
      c.concept,
      createCode(tx, { level: 'concept', parentId, name: c.concept, definition: c.definition, colour: c.colour ?? colour }),
    );
  };
  for (const d of manifest.codebook) {
    const dimensionId = createCode(tx, { level: 'dimension', name: d.dimension, definition: d.definition, colour: d.colour });
    for (const t of d.themes) {
      const themeId = createCode(tx, { level: 'theme', parentId: dimensionId, name: t.theme, definition: t.definition, colour: d.colour });
      for (const c of t.concepts) addConcept(c, themeId, d.colour);
    }
  }
  for (const c of manifest.ungroupedConcepts) addConcept(c, null, UNGROUPED_COLOUR);
  return concepts;
}
