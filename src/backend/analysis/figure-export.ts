import { exportSvg, pagesToPdf, pagesZip, structureToPptx, svgToPngAsync } from '../../adapters/export';
import type { StructureFigure } from '../../core/tables';
import type { StructureOptions } from '../../shared/features/analysis-contract';
import type { ExportedFile } from '../../shared/features/analysis-types';
import { exported } from './files';

export type FigureFormat = 'svg' | 'png' | 'pdf' | 'pptx' | 'json';

/** What the page preset did, for the notes: "A4 portrait, text block 160 × 247 mm. Fits on one page at 9 pt." */
function pageNotes(figure: StructureFigure): string[] {
  return figure.paged === null ? [] : [`${figure.paged.frame.label}. ${figure.paged.summary}`];
}

/** Says in the SVG itself whose codings it counts (a <desc>, which readers and converters keep). */
function withSvgDescription(svg: string, note: string | null): string {
  if (note === null) return svg;
  const escaped = note.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return svg.replace(/(<svg\b[^>]*>)/, `$1<desc>${escaped}</desc>`);
}

/** Where the file goes and what it says about itself: whose codings it counts, the document title. */
export interface FigureFileInfo {
  readonly stem: string;
  /** Whose codings the counts show (the coder filter), or null for everyone's. */
  readonly codings: string | null;
  readonly title: string;
}

/**
 * The figure in one of its formats, every page of it: PDF and PPTX hold one page (slide) each on
 * the preset's paper; SVG and PNG are one file per page, zipped when there are several.
 */
export async function exportFigure(
  figure: StructureFigure,
  format: FigureFormat,
  o: StructureOptions,
  info: FigureFileInfo,
): Promise<ExportedFile> {
  const { stem, codings, title } = info;
  const kind = 'data-structure';
  const style = { palette: o.palette, title };
  const paged = [...pageNotes(figure), ...(codings === null ? [] : [codings])];
  const many = figure.pages.length > 1;
  const frame = figure.paged?.frame;
  switch (format) {
    case 'json': {
      const pages = figure.pages.map((p) => p.layout);
      const json = {
        ...(codings === null ? {} : { codings }),
        structure: figure.structure,
        layout: figure.layout,
        ...(many ? { pages } : {}),
        page: figure.paged?.frame ?? null,
      };
      return exported(stem, kind, format, `${JSON.stringify(json, null, 2)}\n`, paged);
    }
    case 'svg':
      if (!many) return exported(stem, kind, format, withSvgDescription(figure.svg, codings), paged);
      return zipped(
        pagesZip(
          'svg',
          figure.pages.map((p) => withSvgDescription(p.svg, codings)),
        ),
      );
    case 'png': {
      const svgs = [];
      const notes = new Set<string>();
      for (const p of figure.pages) {
        const e = await exportSvg(p.layout, style);
        e.notes.forEach((n) => notes.add(n));
        svgs.push({ svg: e.svg, layout: p.layout });
      }
      // Pages draw and compress in the thread pool, two at a time (memory stays a few pages' worth).
      const rendered = await inBatches(svgs, 2, (p) => svgToPngAsync(p.svg, p.layout.width, o.dpi, p.layout.height));
      const first = rendered[0];
      if (first === undefined) throw new Error('a figure has at least one page');
      if (rendered.some((r) => r.dpi < o.dpi)) {
        notes.add(
          `At ${o.dpi} dpi the image would pass 50 megapixels: drawn at ${Math.min(...rendered.map((r) => r.dpi))} dpi (a page preset splits a tall figure instead).`,
        );
      }
      notes.add(
        many
          ? `${rendered.length} pages ${first.width} px wide at ${first.dpi} dpi; text drawn in ${first.font}.`
          : `${first.width} × ${first.height} px at ${first.dpi} dpi; text drawn in ${first.font}.`,
      );
      const pngs = rendered.map((r) => r.png);
      return many ? zipped(pagesZip('png', pngs), [...notes]) : exported(stem, kind, format, first.png, [...paged, ...notes]);
    }
    case 'pdf': {
      const pages = [];
      const notes = new Set<string>();
      for (const p of figure.pages) {
        const e = await exportSvg(p.layout, style);
        e.notes.forEach((n) => notes.add(n));
        pages.push({ svg: e.svg, width: p.layout.width, height: p.layout.height });
      }
      const r = await pagesToPdf(pages, title, frame);
      return exported(stem, kind, format, r.pdf, [...paged, ...r.notes, ...notes]);
    }
    case 'pptx': {
      const slide = frame && { width: frame.pageWidthIn, height: frame.pageHeightIn, offsetX: frame.marginXIn, offsetY: frame.marginYIn };
      const pptx = await structureToPptx(
        figure.pages.map((p) => p.layout),
        { palette: o.palette, title, ...(slide ? { frame: slide } : {}) },
      );
      return exported(stem, kind, format, pptx, paged);
    }
  }

  function zipped(bytes: Buffer, extra: readonly string[] = []): ExportedFile {
    const file = exported(stem, `${kind}-${format}-pages`, 'zip', bytes, [
      ...paged,
      `${figure.pages.length} pages, one ${format.toUpperCase()} file each, in a ZIP archive.`,
      ...extra,
    ]);
    return file;
  }
}

/** Runs `work` over `items`, at most `size` at once, keeping their order. */
async function inBatches<T, R>(items: readonly T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size) out.push(...(await Promise.all(items.slice(i, i + size).map(work))));
  return out;
}
