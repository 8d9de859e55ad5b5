/** Code matrices (code × attribute value, code × document, code × code), pure. */
export * from './types';
export { codeMatrix, byAttribute, byDocument, LEVEL_HEADER, NO_VALUE_LABEL, type CodeMatrixInput } from './matrix';
export { cooccurrenceMatrix } from './cooccurrence';
export { codesAtLevel, rollupTo, type RowCode } from './rollup';
export { renderHeatmapSvg, heatFill, heatText, type HeatmapStyle } from './heatmap-svg';
