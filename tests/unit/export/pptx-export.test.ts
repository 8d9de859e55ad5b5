import { XMLParser } from 'fast-xml-parser';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { PPTX_NAMES, structureToPptx } from '../../../src/adapters/export';
import { demoFigure } from './demo-figure';

interface Shape {
  name: string;
  geometry: string | undefined;
  text: string;
}

// fast-xml-parser returns untyped trees; this walks PresentationML by element name.
type Node = { [key: string]: Node & Node[] & string };

function slideXml(pptx: Buffer, n = 1): string {
  return strFromU8(unzipSync(new Uint8Array(pptx))[`ppt/slides/slide${n}.xml`] as Uint8Array);
}

const unescapeXml = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** Reads the slide back the way PowerPoint would: shapes with their names, geometry and text. */
function readSlide(pptx: Buffer): Shape[] {
  const xml = slideXml(pptx);
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (n) => ['p:sp', 'a:p', 'a:r'].includes(n) }).parse(
    xml,
  );
  const shapes = doc['p:sld']['p:cSld']['p:spTree']['p:sp'] as unknown as Node[];
  return shapes.map((sp) => ({
    name: String(sp['p:nvSpPr']?.['p:cNvPr']?.name),
    geometry: sp['p:spPr']?.['a:prstGeom']?.prst as string | undefined,
    text: ((sp['p:txBody']?.['a:p'] ?? []) as Node[])
      .flatMap((p) => ((p['a:r'] ?? []) as Node[]).map((r) => String(r['a:t'] ?? '')))
      .join(' '),
  }));
}

describe('structureToPptx', () => {
  const figure = demoFigure();

  it('draws one rounded rectangle per box, named after the code and holding its name', async () => {
    const shapes = readSlide(await structureToPptx(figure.layout, { palette: 'colour', title: 't' }));
    const boxes = shapes.filter((s) => s.name.startsWith(PPTX_NAMES.box));
    expect(boxes).toHaveLength(figure.layout.boxes.length);
    expect(boxes.every((b) => b.geometry === 'roundRect')).toBe(true);
    expect(boxes.map((b) => b.text.split(' n = ')[0])).toEqual(figure.layout.boxes.map((b) => b.name));
  });

  it('joins every child box to its parent with a connector glued to both boxes by shape id', async () => {
    const xml = slideXml(await structureToPptx(figure.layout, { palette: 'greyscale', title: 't' }));
    const boxIds = new Map(
      [...xml.matchAll(/<p:cNvPr id="(\d+)" name="Box: ([^"]*)"/g)].map((m) => [unescapeXml(m[2] ?? ''), Number(m[1])] as const),
    );
    const glued = [...xml.matchAll(/<a:stCxn id="(\d+)" idx="3"\/><a:endCxn id="(\d+)" idx="1"\/>/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    const name = (id: string) => figure.layout.boxes.find((b) => b.id === id)?.name ?? '';
    const expected = figure.layout.connectors.flatMap((c) =>
      c.childBoxIds.map((child) => [boxIds.get(name(child)), boxIds.get(name(c.parentBoxId))]),
    );
    expect(glued).toEqual(expected);
    expect(xml.match(/<p:cxnSp>/g)).toHaveLength(expected.length);
  });

  it('draws a bracket as elbow connectors that turn at its spine', async () => {
    const xml = slideXml(await structureToPptx(figure.layout, { palette: 'colour', title: 't' }));
    expect(xml).toContain('prst="bentConnector3"');
    const lines = slideXml(await structureToPptx(demoFigure({ connector: 'lines' }).layout, { palette: 'colour', title: 't' }));
    expect(lines).not.toContain('bentConnector3');
  });

  it('sets every concept name at one size and never lets PowerPoint shrink a box’s text', async () => {
    const xml = slideXml(await structureToPptx(figure.layout, { palette: 'colour', title: 't' }));
    expect(xml).not.toContain('normAutofit');
    const conceptNames = figure.layout.boxes.filter((b) => b.level === 'concept').map((b) => b.name);
    const sizes = new Set(
      [...xml.matchAll(/<a:rPr[^>]*sz="(\d+)"[^>]*>(?:(?!<\/a:r>).)*?<a:t>([^<]*)<\/a:t>/gs)]
        .filter((m) => conceptNames.includes(unescapeXml(m[2] ?? '')))
        .map((m) => m[1]),
    );
    expect(sizes.size).toBe(1);
  });

  it('keeps markup in a code name as text, never as slide XML', async () => {
    const hostile = demoFigure();
    const box = hostile.layout.boxes[0];
    if (box === undefined) throw new Error('no box');
    const layout = { ...hostile.layout, boxes: [{ ...box, name: '<b>urgent</b> & "x"' }, ...hostile.layout.boxes.slice(1)] };
    const xml = slideXml(await structureToPptx(layout, { palette: 'colour', title: 't' }));
    expect(xml).toContain('&lt;b&gt;urgent&lt;/b&gt; &amp;');
    expect(xml).not.toContain('<b>urgent');
  });

  it('writes the three column headings as text boxes', async () => {
    const shapes = readSlide(await structureToPptx(figure.layout, { palette: 'colour', title: 't' }));
    expect(shapes.filter((s) => s.name.startsWith(PPTX_NAMES.header)).map((s) => s.text)).toEqual([
      '1st-Order Concepts',
      '2nd-Order Themes',
      'Aggregate Dimensions',
    ]);
  });
});
