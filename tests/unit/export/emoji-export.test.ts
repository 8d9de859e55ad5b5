import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { exportSvg, svgToPdf, svgToPng } from '../../../src/adapters/export';
import type { CodeId } from '../../../src/core/ids';
import { structureFigure, type CountedCode } from '../../../src/core/tables';
import { OPTIONS } from './demo-figure';

const ARTIFACTS = resolve(__dirname, '../../../artifacts/exports');
const hasPoppler = spawnSync('pdftotext', ['-v']).status === 0;

const code = (id: string, level: CountedCode['level'], parentId: string | null, name: string): CountedCode => ({
  id: id as CodeId,
  level,
  parentId: parentId as CodeId | null,
  name,
  position: 1,
  colour: '#4a7bb7',
  segmentCount: 1,
  documentCount: 1,
});

/** In-vivo codes carry what informants typed: emoji, with skin tones and ZWJ sequences, beside Latin text. */
const figure = (concept: string) =>
  structureFigure(
    [code('d', 'dimension', null, 'Care 🙏 matters'), code('t', 'theme', 'd', 'Being heard 😀'), code('c', 'concept', 't', concept)],
    { ...OPTIONS, width: 720 },
  );

/** The emoji runs the export drew in the emoji font, with their position, from the export SVG. */
function emojiRuns(svg: string): Array<{ x: number; y: number; size: number; text: string }> {
  return [...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)" font-family="Noto Emoji" font-size="([\d.]+)"[^>]*>([^<]*)<\/text>/g)].map(
    (m) => ({
      x: Number(m[1]),
      y: Number(m[2]),
      size: Number(m[3]),
      text: m[4] ?? '',
    }),
  );
}

function darkPixels(png: PNG, x0: number, y0: number, x1: number, y1: number): number {
  let dark = 0;
  for (let y = Math.max(0, Math.round(y0)); y < Math.min(png.height, y1); y++) {
    for (let x = Math.max(0, Math.round(x0)); x < Math.min(png.width, x1); x++) {
      if ((png.data[(y * png.width + x) * 4] ?? 255) < 110) dark++;
    }
  }
  return dark;
}

describe('emoji in PNG and PDF figures', () => {
  it('draws every emoji of a line in the emoji font: its glyph box holds dark pixels in the PNG', async () => {
    const f = figure('they ❤️ us 👩‍💻 really 🙏🏽 ok');
    const { svg, notes } = await exportSvg(f.layout, { palette: 'colour' });
    const runs = emojiRuns(svg);
    expect(runs.map((r) => r.text.trim())).toEqual(expect.arrayContaining(['🙏', '😀', '❤️', '👩‍💻', '🙏🏽']));
    // At 192 dpi, 2 px per layout px: a thin outline glyph still darkens a good share of its box.
    const png = PNG.sync.read(svgToPng(svg, f.layout.width, 192).png);
    for (const r of runs) {
      expect(
        darkPixels(png, 2 * r.x, 2 * (r.y - r.size * 0.9), 2 * (r.x + r.size * 1.2), 2 * (r.y + r.size * 0.1)),
        r.text,
      ).toBeGreaterThan(40);
    }
    expect(notes).toEqual([]);
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(join(ARTIFACTS, 'emoji-structure.png'), svgToPng(svg, f.layout.width, 192).png);
  });

  it('names a character that no installed font can draw, and the code it is in', async () => {
    const f = figure('cuneiform \u{12000} sign');
    const { notes } = await exportSvg(f.layout, { palette: 'colour' });
    expect(notes).toEqual([
      'No installed font can draw \u{12000} (U+12000); it is kept as text but shows as a box in “cuneiform \u{12000} sign”.',
    ]);
  });

  it.skipIf(!hasPoppler)('keeps emoji in the PDF text layer (pdftotext finds them; skipped only without poppler)', async () => {
    const f = figure('we 💬 them ✅ daily');
    const { svg } = await exportSvg(f.layout, { palette: 'colour' });
    const dir = mkdtempSync(join(tmpdir(), 'gioia-emoji-'));
    const file = join(dir, 'figure.pdf');
    writeFileSync(file, (await svgToPdf(svg, f.layout.width, f.layout.height, 't')).pdf);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    for (const s of ['💬', '✅', '🙏', '😀', 'Being heard']) expect(text).toContain(s);
    expect(execFileSync('pdffonts', [file], { encoding: 'utf8' })).toMatch(/NotoEmoji/);
  });
});
