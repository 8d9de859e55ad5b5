/** The Gioia data structure figure: model → layout → SVG, all pure. */
export * from './model';
export * from './layout-types';
export { resolveLayoutOptions, DEFAULT_HEADERS, DEFAULT_FONT_FAMILY, type StructureLayoutOptions } from './layout-options';
export { layoutStructure } from './layout';
export {
  boxSvg,
  renderStructureSvg,
  structureSvgLayers,
  svgText,
  type StructureSvgLayers,
  type StructureSvgStyle,
  type SvgTextRenderer,
} from './svg';
export { attrs, escapeXml, num } from './svg-format';
export { figurePalette, type FigurePalette } from './palette';
export { measureText, fontWidthFactor, clusters, type TextStyle } from './text-metrics';
export { wrapText } from './wrap-text';
export { countsLabel } from './box-text';
export { pageFrame, PX_PER_IN, PX_PER_PT, type PageFrame, type PagePreset } from './page-preset';
export { paginateStructure, type PagedFigure } from './paginate';
export {
  dropIndex,
  dropTargetAt,
  type DropIndex,
  type DropOptions,
  type FigureDrop,
  type FigureDropTarget,
  type Rect,
} from './drop-target';
