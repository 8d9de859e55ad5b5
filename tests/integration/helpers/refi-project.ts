import { join } from 'node:path';
import type { CodeId, CoderId, DocumentId } from '../../../src/core/ids';
import { createProjectFile } from '../../../src/backend';
import {
  addDocument,
  createCode,
  createCoder,
  createMemo,
  createSegment,
  defineAttribute,
  ProjectStore,
  setDocumentAttribute,
} from '../../../src/storage';

/** Text of a transcript that was CRLF on disk (stored normalised to `\n`) with emoji before codings. */
export const EMOJI_TEXT =
  'Interviewer: How was it? 😀\nP1: Honestly 👩‍💻 the outage was \u201Cchaos\u201D.\nP1: We called back 🎉 every customer.\n';

const quoteAt = (text: string, quote: string): [number, number] => {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`quote not found: ${quote}`);
  return [start, start + quote.length];
};

/**
 * A small project exercising everything an export carries: two coders, a full Gioia tree plus an
 * ungrouped theme and concept, a theme coded directly, emoji before codings, memos on every target
 * kind and typed attributes.
 */
export async function buildRichProject(dir: string): Promise<string> {
  const path = join(dir, 'rich.gioia');
  await createProjectFile(path, { appVersion: 'test', coderName: 'Tester', name: 'Rich & "quoted" <project>' });
  const store = await ProjectStore.open(path, { create: false });
  try {
    const first = store.listCoders()[0]?.id as CoderId;
    store.mutate({ coderId: first, action: 'seed', summary: 'seed' }, (tx) => {
      const second = createCoder(tx, { name: 'Ana Ñúñez', colour: '#aa3355' }).id;
      defineAttribute(tx, { name: 'Firm', type: 'text' });
      defineAttribute(tx, { name: 'Age', type: 'integer' });
      defineAttribute(tx, { name: 'Interviewed', type: 'date' });
      defineAttribute(tx, { name: 'Manager', type: 'boolean' });
      defineAttribute(tx, { name: 'Score', type: 'float' });
      const doc = addDocument(tx, { name: 'Interview 😀 1', text: EMOJI_TEXT, turns: [], sourceFormat: 'txt' });
      const plain = addDocument(tx, {
        name: 'Plain',
        text: 'Line one.\nLine two has <tags> & ampersands.\n',
        turns: [],
        sourceFormat: 'txt',
      });
      setDocumentAttribute(tx, doc, 'Firm', 'Nordlicht');
      setDocumentAttribute(tx, doc, 'Age', '42');
      setDocumentAttribute(tx, doc, 'Interviewed', '2024-03-01');
      setDocumentAttribute(tx, doc, 'Manager', 'true');
      setDocumentAttribute(tx, doc, 'Score', '3.5');
      setDocumentAttribute(tx, plain, 'Firm', 'Alba');
      const dim = createCode(tx, { level: 'dimension', name: 'Recovery work', definition: 'What people do', colour: '#336699' });
      createCode(tx, { level: 'dimension', name: 'Empty dimension', colour: '#123456' });
      const theme = createCode(tx, { level: 'theme', parentId: dim, name: 'Owning the failure', colour: '#336699' });
      const chaos = createCode(tx, {
        level: 'concept',
        parentId: theme,
        name: 'Naming the chaos',
        definition: 'In-vivo "chaos"',
        colour: '#4477aa',
      });
      const calls = createCode(tx, { level: 'concept', parentId: theme, name: 'Calling back', colour: '#4477aa' });
      const loose = createCode(tx, { level: 'theme', name: 'Loose theme', colour: '#999999' });
      createCode(tx, { level: 'concept', parentId: loose, name: 'Loose child', colour: '#999999' });
      createCode(tx, { level: 'concept', name: 'Open code', colour: '#888888' });
      const coded = (d: DocumentId, text: string, quote: string, coder: CoderId, codeIds: CodeId[]) => {
        const [start, end] = quoteAt(text, quote);
        return createSegment(tx, { documentId: d, start, end, coderId: coder, codeIds });
      };
      const s1 = coded(doc, EMOJI_TEXT, 'the outage was \u201Cchaos\u201D', first, [chaos]);
      coded(doc, EMOJI_TEXT, 'We called back 🎉 every customer', second, [calls, theme]);
      coded(doc, EMOJI_TEXT, '😀\nP1: Honestly', second, [chaos]);
      coded(plain, 'Line one.\nLine two has <tags> & ampersands.\n', 'has <tags> & ampersands', first, [calls]);
      const memo = (targetKind: 'project' | 'document' | 'code' | 'segment', targetId: string | null, title: string, text: string) =>
        createMemo(tx, { targetKind, targetId, title, bodyJson: '{}', bodyText: text, authorId: first });
      memo('project', null, 'Project memo', 'About the whole study.\nSecond line.');
      memo('document', doc, 'Doc memo', 'Interview felt tense 😬');
      memo('code', chaos, 'Code memo', 'Strong in-vivo code.');
      memo('segment', s1, '', 'Quote for the paper.');
    });
  } finally {
    store.close();
  }
  return path;
}
