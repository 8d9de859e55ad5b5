import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { findFigureFont, svgToPdf, svgToPng } from '../../../src/adapters/export';
import { demoFigure, largeFigure } from './demo-figure';

const ARTIFACTS = resolve(__dirname, '../../../artifacts/exports');
const hasPoppler = spawnSync('pdftotext', ['-v']).status === 0 && spawnSync('pdfinfo', ['-v']).status === 0;

describe('svgToPng', () => {
  it('decodes to the size the DPI asks for: 96 px per inch of layout', () => {
    const f = demoFigure();
    const r = svgToPng(f.svg, f.layout.width, 300);
    const png = PNG.sync.read(r.png);
    expect(png.width).toBe(Math.round((f.layout.width * 300) / 96));
    expect(png.height).toBe(Math.round((f.layout.height * 300) / 96));
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(join(ARTIFACTS, 'demo-structure.png'), r.png);
    writeFileSync(
      join(ARTIFACTS, 'demo-structure-greyscale-lines.png'),
      svgToPng(demoFigure({ palette: 'greyscale', connector: 'lines' }).svg, f.layout.width, 150).png,
    );
  });

  it('draws text: the box area holds dark glyph pixels, not only the fill', () => {
    const f = demoFigure();
    const png = PNG.sync.read(svgToPng(f.svg, f.layout.width, 96).png);
    const box = f.layout.boxes[0];
    if (box === undefined) throw new Error('no box');
    let dark = 0;
    for (let y = Math.round(box.y + 4); y < box.y + box.h - 4; y++) {
      for (let x = Math.round(box.x + 4); x < box.x + box.w - 4; x++) {
        const i = (y * png.width + x) * 4;
        if ((png.data[i] ?? 255) < 100) dark++;
      }
    }
    expect(dark).toBeGreaterThan(50);
  });

  it('renders the 120-concept structure legibly for the artifacts', () => {
    const f = largeFigure({ width: 1200 });
    const r = svgToPng(f.svg, f.layout.width, 96);
    expect(PNG.sync.read(r.png).width).toBe(1200);
    writeFileSync(join(ARTIFACTS, 'large-structure-120.png'), r.png);
  });
});

describe.skipIf(!hasPoppler)('svgToPdf (checked with poppler; skipped only where pdfinfo/pdftotext are missing)', () => {
  it('is one vector page the size of the figure whose text pdftotext finds', async () => {
    const f = demoFigure();
    const { pdf, notes } = await svgToPdf(f.svg, f.layout.width, f.layout.height, 'Gioia data structure');
    const dir = mkdtempSync(join(tmpdir(), 'gioia-pdf-'));
    const file = join(dir, 'figure.pdf');
    writeFileSync(file, pdf);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Pages:\s+1/);
    const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
    expect(Number(size?.[1])).toBeCloseTo(f.layout.width * 0.75, 1);
    expect(Number(size?.[2])).toBeCloseTo(f.layout.height * 0.75, 1);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const name of [
      'Anticipatory containment',
      'Relational repair',
      'Settling the account',
      'Bending the script',
      '2nd-Order Themes',
    ]) {
      expect(text).toContain(name);
    }
    expect(notes.join(' ')).toContain(findFigureFont()?.family ?? 'Helvetica');
  });

  it('embeds the figure font when one is installed', async () => {
    const font = findFigureFont();
    if (font === null) return expect(font).toBeNull();
    const f = demoFigure();
    const dir = mkdtempSync(join(tmpdir(), 'gioia-pdf-'));
    const file = join(dir, 'figure.pdf');
    writeFileSync(file, (await svgToPdf(f.svg, f.layout.width, f.layout.height, 't')).pdf);
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    expect(fonts.replace(/\s+/g, ' ')).toMatch(new RegExp(`${font.family.replace(/\s/g, '')}.*yes`, 'i'));
  });
});
