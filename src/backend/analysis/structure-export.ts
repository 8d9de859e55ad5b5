import { structureFigure, structureTable, groupedToCsv, groupedToLatex, groupedToMarkdown, FIGURE_TITLE } from '../../core/tables';
import { exportSvg, groupedTableToDocx, groupedTableToXlsx, structureToPptx, svgToPdf, svgToPng } from '../../adapters/export';
import type { StructureOptions } from '../../shared/features/analysis-contract';
import type { ExportedFile, StructureFormat } from '../../shared/features/analysis-types';
import type { ProjectStore } from '../../storage';
import type { CoderFilter } from '../../shared/schemas';
import { describeFilter, effectiveFilter, scopedCodes } from './coder-scope';
import { exported as exportedFile, fileStem, filterSuffix } from './files';

/** Says in the SVG itself whose codings it counts (a <desc>, which readers and converters keep). */
function withSvgDescription(svg: string, note: string): string {
  const escaped = note.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return svg.replace(/(<svg\b[^>]*>)/, `$1<desc>${escaped}</desc>`);
}

/** The figure as JSON: the structure model and the explicit layout, for scripts and other tools. */
function figureJson(figure: ReturnType<typeof structureFigure>, codings: string | null): string {
  return `${JSON.stringify({ ...(codings === null ? {} : { codings }), structure: figure.structure, layout: figure.layout }, null, 2)}\n`;
}

/**
 * Exports the data structure in `format`, from the same codes → layout path the view uses. Figure
 * formats (svg, png, pdf, pptx) draw the layout; table formats list one row per concept.
 */
export async function exportStructure(
  store: ProjectStore,
  format: StructureFormat,
  o: StructureOptions,
  asked?: CoderFilter,
): Promise<ExportedFile> {
  const filter = effectiveFilter(store, asked);
  const figure = structureFigure(scopedCodes(store, filter), o);
  const note = describeFilter(store, filter);
  const stem = fileStem(store) + filterSuffix(filter);
  const kind = 'data-structure';
  const svgStyle = { palette: o.palette, title: FIGURE_TITLE };
  const table = () => structureTable(figure.structure, { counts: o.showCounts });
  const exported = (stem: string, kind: string, format: string, data: Buffer | string, notes: readonly string[] = []) =>
    exportedFile(stem, kind, format, data, note === null ? notes : [...notes, note]);
  const caption = note === null ? 'Data structure' : `Data structure. ${note}`;
  const metadataTitle = note === null ? FIGURE_TITLE : `${FIGURE_TITLE} — ${note}`;
  // In display order, as the figure reads: concept (and its counts), theme, dimension.
  const widths = o.showCounts ? [0.3, 0.14, 0.16, 0.22, 0.18] : [0.44, 0.3, 0.26];
  switch (format) {
    case 'svg':
      return exported(stem, kind, format, note === null ? figure.svg : withSvgDescription(figure.svg, note));
    case 'json':
      return exported(stem, kind, format, figureJson(figure, note));
    case 'png': {
      const e = await exportSvg(figure.layout, svgStyle);
      const r = svgToPng(e.svg, figure.layout.width, o.dpi);
      return exported(stem, kind, format, r.png, [`${r.width} × ${r.height} px at ${o.dpi} dpi; text drawn in ${r.font}.`, ...e.notes]);
    }
    case 'pdf': {
      const e = await exportSvg(figure.layout, svgStyle);
      const r = await svgToPdf(e.svg, figure.layout.width, figure.layout.height, metadataTitle);
      return exported(stem, kind, format, r.pdf, [...r.notes, ...e.notes]);
    }
    case 'pptx':
      return exported(stem, kind, format, await structureToPptx(figure.layout, { palette: o.palette, title: metadataTitle }));
    case 'docx':
      return exported(stem, kind, format, await groupedTableToDocx(table(), { title: caption, widths }));
    case 'xlsx':
      return exported(
        stem,
        kind,
        format,
        await groupedTableToXlsx(table(), { sheet: 'data structure', widths: widths.map((w) => Math.round(w * 120)) }),
      );
    case 'csv':
      return exported(stem, kind, format, groupedToCsv(table()));
    case 'md':
      return exported(stem, kind, format, groupedToMarkdown(table(), caption));
    case 'tex': {
      const r = groupedToLatex(table(), { caption, label: 'tab:data-structure', widths, engine: o.latexEngine });
      return exported(stem, kind, format, r.tex, r.notes);
    }
  }
}
