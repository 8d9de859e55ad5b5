import { structureFigure, structureTable, groupedToCsv, groupedToLatex, groupedToMarkdown, FIGURE_TITLE } from '../../core/tables';
import { groupedTableToDocx, groupedTableToXlsx, structureToPptx, svgToPdf, svgToPng } from '../../adapters/export';
import type { StructureOptions } from '../../shared/features/analysis-contract';
import type { ExportedFile, StructureFormat } from '../../shared/features/analysis-types';
import type { ProjectStore } from '../../storage';
import { exported, fileStem } from './files';

/** The figure as JSON: the structure model and the explicit layout, for scripts and other tools. */
function figureJson(figure: ReturnType<typeof structureFigure>): string {
  return `${JSON.stringify({ structure: figure.structure, layout: figure.layout }, null, 2)}\n`;
}

/**
 * Exports the data structure in `format`, from the same codes → layout path the view uses. Figure
 * formats (svg, png, pdf, pptx) draw the layout; table formats list one row per concept.
 */
export async function exportStructure(store: ProjectStore, format: StructureFormat, o: StructureOptions): Promise<ExportedFile> {
  const figure = structureFigure(store.listCodes(), o);
  const stem = fileStem(store);
  const kind = 'data-structure';
  const table = () => structureTable(figure.structure, { counts: o.showCounts });
  const widths = o.showCounts ? [0.22, 0.26, 0.36, 0.08, 0.08] : [0.26, 0.3, 0.44];
  switch (format) {
    case 'svg':
      return exported(stem, kind, format, figure.svg);
    case 'json':
      return exported(stem, kind, format, figureJson(figure));
    case 'png': {
      const r = svgToPng(figure.svg, figure.layout.width, o.dpi);
      return exported(stem, kind, format, r.png, [`${r.width} × ${r.height} px at ${o.dpi} dpi; text drawn in ${r.font}.`]);
    }
    case 'pdf': {
      const r = await svgToPdf(figure.svg, figure.layout.width, figure.layout.height, FIGURE_TITLE);
      return exported(stem, kind, format, r.pdf, r.notes);
    }
    case 'pptx':
      return exported(stem, kind, format, await structureToPptx(figure.layout, { palette: o.palette, title: FIGURE_TITLE }));
    case 'docx':
      return exported(stem, kind, format, await groupedTableToDocx(table(), { title: 'Data structure', widths }));
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
      return exported(stem, kind, format, groupedToMarkdown(table(), 'Data structure'));
    case 'tex':
      return exported(
        stem,
        kind,
        format,
        groupedToLatex(table(), { caption: 'Data structure', label: 'tab:data-structure', widths: widths.map((w) => w * 0.96) }),
      );
  }
}
