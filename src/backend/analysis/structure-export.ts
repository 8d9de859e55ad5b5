import { structureFigure, structureTable, groupedToCsv, groupedToLatex, groupedToMarkdown, FIGURE_TITLE } from '../../core/tables';
import { groupedTableToDocx, groupedTableToXlsx } from '../../adapters/export';
import type { StructureOptions } from '../../shared/features/analysis-contract';
import type { ExportedFile, StructureFormat } from '../../shared/features/analysis-types';
import type { ProjectStore } from '../../storage';
import type { CoderFilter } from '../../shared/schemas';
import { describeFilter, effectiveFilter, scopedCodes } from './coder-scope';
import { exportFigure } from './figure-export';
import { exported as exportedFile, fileStem, filterSuffix } from './files';

/**
 * Exports the data structure in `format`, from the same codes → layout path the view uses. Figure
 * formats (svg, png, pdf, pptx, json) draw the layout, paged by the page preset when one is set;
 * table formats list one row per concept.
 */
export async function exportStructure(
  store: ProjectStore,
  format: StructureFormat,
  o: StructureOptions,
  asked?: CoderFilter,
): Promise<ExportedFile> {
  const filter = effectiveFilter(store, asked);
  const figure = structureFigure(scopedCodes(store, filter, o.informants), o);
  const note = describeFilter(store, filter);
  const stem = fileStem(store) + filterSuffix(filter);
  const kind = 'data-structure';
  const table = () => structureTable(figure.structure, { counts: o.showCounts });
  const exported = (stem: string, kind: string, format: string, data: Buffer | string, notes: readonly string[] = []) =>
    exportedFile(stem, kind, format, data, note === null ? notes : [...notes, note]);
  const caption = note === null ? 'Data structure' : `Data structure. ${note}`;
  const metadataTitle = note === null ? FIGURE_TITLE : `${FIGURE_TITLE} — ${note}`;
  // In display order, as the figure reads: concept (and its counts), theme, dimension.
  const widths = o.showCounts ? [0.3, 0.14, 0.16, 0.22, 0.18] : [0.44, 0.3, 0.26];
  switch (format) {
    case 'svg':
    case 'json':
    case 'png':
    case 'pdf':
    case 'pptx':
      return exportFigure(figure, format, o, { stem, codings: note, title: metadataTitle });
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
