import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { copyTo, tone } from '../fixtures/media/make-media';
import { importHarness } from './helpers/import-backend';
import { HAVE_XSD, qdeOf, xsdProblems } from './helpers/refi';
import { tempDir } from './helpers/temp';

const TEXT =
  'Ana: We began with the complaints nobody answered.\n\nBen: Then we read every one of them aloud. 😀\n\nAna: After that the team changed how it wrote back.\n';

/** A project with an untimed transcript, its recording and two sync points, exported as .qdpx. */
async function exported() {
  const dir = tempDir();
  const h = await importHarness(dir);
  const txt = join(dir, 'complaints.txt');
  writeFileSync(txt, TEXT);
  const documentId = (await h.call('importFiles', { paths: [txt], attributes: {} })).results[0]!.documentIds[0]!;
  const recording = copyTo(tone(9), join(dir, 'audio'), 'complaints.ogg');
  await h.call('attachMedia', { documentId, path: recording, copy: false });
  const second = TEXT.indexOf('Ben:');
  const third = TEXT.lastIndexOf('Ana:');
  await h.call('setSyncPoint', { documentId, offset: second, ms: 3000 });
  await h.call('setSyncPoint', { documentId, offset: third, ms: 6000 });
  const qdpx = join(dir, 'complaints.qdpx');
  await h.call('exportRefi', { format: 'qdpx', path: qdpx });
  return { dir, h, qdpx, recording, syncPoints: (await h.call('getDocumentMedia', { documentId })).syncPoints };
}

describe('REFI-QDA with recordings', () => {
  it('writes the recording as an AudioSource whose Transcript is the text source, with its sync points', async () => {
    const { qdpx } = await exported();
    const qde = new TextDecoder().decode(unzipSync(readFileSync(qdpx))['project.qde']);
    expect(qde).toMatch(/<AudioSource [^>]*name="complaints\.ogg" path="absolute:\/\/[^"]*complaints\.ogg"/);
    expect(qde.match(/<SyncPoint /g)).toHaveLength(2);
    expect(qde).toContain('timeStamp="6000"');
  });

  it.skipIf(!HAVE_XSD)('writes a project.qde with a recording that the REFI-QDA schema accepts', async () => {
    const { dir, qdpx } = await exported();
    expect(xsdProblems(qdeOf(readFileSync(qdpx)), 'Project.xsd', dir)).toBeNull();
  });

  it('brings a project back with its recording linked and its sync points where they were', async () => {
    const { dir, h, qdpx, recording, syncPoints } = await exported();
    const target = join(dir, 'again.gioia');
    const result = await h.call('importRefi', { path: qdpx, newProjectPath: target });
    expect(result.status).toBe('imported');
    await h.call('openProject', { path: target });
    const [doc] = await h.call('listDocuments', {});
    const media = await h.call('getDocumentMedia', { documentId: doc!.id });
    expect(media.media).toMatchObject({ fileName: 'complaints.ogg', resolvedPath: recording, status: 'ok', path: 'audio/complaints.ogg' });
    expect(media.syncPoints).toEqual(syncPoints);
  });

  it('imports the transcript without its recording when the file is gone, saying so, and keeps the sync points', async () => {
    const { dir, h, qdpx, recording, syncPoints } = await exported();
    writeFileSync(recording, '');
    const target = join(dir, 'again.gioia');
    const result = await h.call('importRefi', { path: qdpx, newProjectPath: target });
    expect(result.details.join('\n')).toContain('the recording was not linked — complaints.ogg is empty');
    await h.call('openProject', { path: target });
    const [doc] = await h.call('listDocuments', {});
    const media = await h.call('getDocumentMedia', { documentId: doc!.id });
    expect(media.media).toBeNull();
    expect(media.syncPoints).toEqual(syncPoints);
  });

  it('imports another tool’s AudioSource transcript as a document with its coded selection placed by sync points and its recording linked', async () => {
    const dir = tempDir();
    const h = await importHarness(dir);
    const g = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
    const second = TEXT.indexOf('Ben:');
    // Positions count code points: the emoji before the third turn is one, not two.
    const third = [...TEXT.slice(0, TEXT.lastIndexOf('Ana:'))].length;
    const qde = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Vendor" origin="Another tool">
  <Users><User guid="${g(1)}" name="Rita"/></Users>
  <CodeBook><Codes><Code guid="${g(2)}" name="Reading aloud" isCodable="true"/></Codes></CodeBook>
  <Sources>
    <AudioSource guid="${g(3)}" name="call.ogg" path="relative://call.ogg">
      <Transcript guid="${g(4)}" name="Call" plainTextPath="internal://${g(4)}.txt">
        <SyncPoint guid="${g(5)}" position="0" timeStamp="0"/>
        <SyncPoint guid="${g(6)}" position="${second}" timeStamp="3000"/>
        <SyncPoint guid="${g(7)}" position="${third}" timeStamp="6000"/>
        <TranscriptSelection guid="${g(8)}" fromSyncPoint="${g(6)}" toSyncPoint="${g(7)}" creatingUser="${g(1)}">
          <Coding guid="${g(9)}" creatingUser="${g(1)}"><CodeRef targetGUID="${g(2)}"/></Coding>
        </TranscriptSelection>
      </Transcript>
      <AudioSelection guid="${g(10)}" begin="0" end="1000"><Coding guid="${g(11)}"><CodeRef targetGUID="${g(2)}"/></Coding></AudioSelection>
    </AudioSource>
  </Sources>
</Project>`;
    const qdpx = join(dir, 'vendor.qdpx');
    writeFileSync(qdpx, zipSync({ 'project.qde': strToU8(qde), [`sources/${g(4)}.txt`]: strToU8(TEXT) }));
    const recording = copyTo(tone(9), dir, 'call.ogg');
    const target = join(dir, 'vendor.gioia');
    const result = await h.call('importRefi', { path: qdpx, newProjectPath: target });
    expect(result.details.join('\n')).toContain('1 coding of sound without text not imported');
    await h.call('openProject', { path: target });
    const [doc] = await h.call('listDocuments', {});
    expect(doc?.name).toBe('Call');
    const [segment] = await h.call('listSegments', { documentId: doc!.id });
    expect(segment?.quote).toBe(TEXT.slice(second, TEXT.lastIndexOf('Ana:')));
    const media = await h.call('getDocumentMedia', { documentId: doc!.id });
    expect(media.media).toMatchObject({ resolvedPath: recording, status: 'ok' });
    expect(media.syncPoints.map((p) => p.ms)).toEqual([0, 3000, 6000]);
  });

  it('unpacks a recording stored inside the .qdpx into the media folder beside the new project and links it', async () => {
    const dir = tempDir();
    const h = await importHarness(dir);
    const g = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
    const qde = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Packed" origin="Another tool">
  <Sources>
    <AudioSource guid="${g(1)}" name="call.ogg" path="internal://${g(1)}.ogg">
      <Transcript guid="${g(2)}" name="Call" plainTextPath="internal://${g(2)}.txt"/>
    </AudioSource>
  </Sources>
</Project>`;
    const bytes = readFileSync(tone(9));
    const qdpx = join(dir, 'packed.qdpx');
    writeFileSync(
      qdpx,
      zipSync({ 'project.qde': strToU8(qde), [`sources/${g(2)}.txt`]: strToU8(TEXT), [`sources/${g(1)}.ogg`]: [bytes, { level: 0 }] }),
    );
    const target = join(dir, 'packed.gioia');
    await h.call('importRefi', { path: qdpx, newProjectPath: target });
    await h.call('openProject', { path: target });
    const [doc] = await h.call('listDocuments', {});
    const media = await h.call('getDocumentMedia', { documentId: doc!.id });
    expect(media.media).toMatchObject({ path: `packed media/${g(1)}.ogg`, copied: true, status: 'ok', size: bytes.length });
    expect(readFileSync(media.media!.resolvedPath).equals(bytes)).toBe(true);
  });
});
