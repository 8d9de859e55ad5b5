import { describe, expect, it } from 'vitest';
import { exchangeCodes, exchangeDocuments, getSetting, listMemos, listRelationRecords, SETTING_ACTIVE_CODER } from '../../src/storage';
import { G } from '../fixtures/refi/qde-parts';
import { codersQdpx, descriptionsQdpx, missingPiecesQdpx, OTHER_USER } from '../fixtures/refi/exchange-fixtures';
import { importFixture } from './helpers/refi-import';

const memoOn = (store: Parameters<Parameters<typeof importFixture>[1]>[0], kind: string, id: string | null) =>
  listMemos(store.conn)
    .filter((m) => m.targetKind === kind && m.targetId === id)
    .map((m) => ({ title: m.title, text: m.bodyText, form: m.refiForm, description: m.description }));

describe('descriptions and comments come in as memos on the right target', () => {
  it('keeps a source description (NVivo) as a document memo that travels as the description', async () => {
    await importFixture(descriptionsQdpx(), (store) => {
      expect(memoOn(store, 'document', G(100))).toEqual([
        { title: '', text: 'Site manager, night shift.', form: 'description', description: '' },
        { title: 'Doc note', text: 'Recorded in the canteen.', form: 'note', description: '' },
      ]);
    });
  });

  it('keeps an ATLAS.ti quotation comment and a QualCoder coding memo as memos on the quotation', async () => {
    await importFixture(descriptionsQdpx(), (store) => {
      expect(memoOn(store, 'segment', G(200))).toEqual([
        { title: '', text: 'Said with a laugh.', form: 'description', description: '' },
        { title: 'Coding memo', text: 'Strong in-vivo phrase.', form: 'coding-note', description: '' },
      ]);
    });
  });

  it('keeps a code description as its definition, and a note’s own description beside its text', async () => {
    await importFixture(descriptionsQdpx(), (store) => {
      expect(exchangeCodes(store.conn).find((c) => c.id === G(10))?.definition).toBe('Informants name the disorder.');
      expect(memoOn(store, 'code', G(10))).toEqual([
        { title: 'Code note', text: 'Keep apart from Silence.', form: 'note', description: 'Written after the first round.' },
      ]);
    });
  });

  it('keeps a note nothing imported refers to with the project memos, and says so', async () => {
    await importFixture(descriptionsQdpx(), (store, result) => {
      expect(memoOn(store, 'project', null).map((m) => [m.title, m.form])).toEqual([
        ['Stray thought', 'unlinked'],
        ['On the PDF', 'unlinked'],
      ]);
      expect(result.report?.mapped).toContain(
        '2 notes nothing imported refers to ("Stray thought", "On the PDF") are kept with the project memos.',
      );
    });
  });
});

describe('links become relations; graphs and media are reported, with their codings counted', () => {
  it('keeps a link between codes and one between quotations, with its note', async () => {
    await importFixture(descriptionsQdpx(), (store) => {
      expect(
        listRelationRecords(store.conn).map((r) => [r.name, r.direction, r.colour, r.originKind, r.originId, r.targetKind, r.targetId]),
      ).toEqual([
        ['causes', 'one-way', '#aa3300', 'code', G(11), 'code', G(10)],
        ['', 'associative', null, 'segment', G(200), 'segment', G(201)],
      ]);
      expect(memoOn(store, 'relation', G(86)).map((m) => m.text)).toEqual(['Same incident, two voices.']);
    });
  });

  it('names the graph, the media sources with their codings and the link to a PDF selection as not imported', async () => {
    await importFixture(descriptionsQdpx(), (_, result) => {
      expect(result.report?.skipped).toEqual(
        expect.arrayContaining([
          'PDF source "Annual report" and its 3 codings were not imported: Gioia Studio codes text transcripts only.',
          'Video source "Site visit" and its 1 coding were not imported: it has no transcript, and Gioia Studio codes text.',
          'Link "explains" was not imported: it joins a selection of the PDF source "Annual report".',
          'Graph "Network 1" (2 shapes, 1 line) was not imported: Gioia Studio draws its own data structure; the codes and links it shows are kept.',
        ]),
      );
    });
  });
});

describe('a file with missing and nameless sources imports what is there', () => {
  it('imports the sources whose text is present and reports the missing one with its codings', async () => {
    await importFixture(missingPiecesQdpx(), (store, result) => {
      expect(exchangeDocuments(store.conn).map((d) => d.id)).toEqual([G(101), G(102)]);
      expect(result.report?.skipped).toContain(
        `Source "Gone" refers to "internal://${G(100)}.txt", which is not in the archive; it and its 1 selection (1 coding) were not imported.`,
      );
    });
  });

  it('names a nameless source after its original file, and one with no known file "Source N"', async () => {
    await importFixture(missingPiecesQdpx(), (store, result) => {
      expect(exchangeDocuments(store.conn).map((d) => d.name)).toEqual(['Interview Berlin', 'Source 3']);
      expect(result.report?.mapped).toEqual(
        expect.arrayContaining([
          'A source without a name was named "Interview Berlin" after its file.',
          'A source without a name or a named file was called "Source 3".',
        ]),
      );
    });
  });
});

describe('coders', () => {
  it('makes the file’s creating user the active coder, not the user whose name sorts first', async () => {
    await importFixture(codersQdpx(), (store) => {
      expect(getSetting(store.conn, SETTING_ACTIVE_CODER)).toBe(OTHER_USER);
    });
  });
});
