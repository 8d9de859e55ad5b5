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

/** Reads the slide back the way PowerPoint would: shapes with their names, geometry and text. */
function readSlide(pptx: Buffer): Shape[] {
  const files = unzipSync(new Uint8Array(pptx));
  const xml = strFromU8(files['ppt/slides/slide1.xml'] as Uint8Array);
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

  it('draws one line shape per straight piece of every connector', async () => {
    const shapes = readSlide(await structureToPptx(figure.layout, { palette: 'greyscale', title: 't' }));
    const lines = shapes.filter((s) => s.name.startsWith(PPTX_NAMES.connector));
    const pieces = figure.layout.connectors.reduce((n, c) => n + c.polylines.reduce((k, p) => k + p.length - 1, 0), 0);
    expect(lines).toHaveLength(pieces);
    expect(lines.every((l) => l.geometry === 'line')).toBe(true);
    const connectorsDrawn = new Set(lines.map((l) => l.name.split(' ')[1]));
    expect(connectorsDrawn.size).toBe(figure.layout.connectors.length);
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
