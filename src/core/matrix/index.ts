/** Code matrices (code × attribute value, code × document, code × code), pure. */
export * from './types';
export { codeMatrix, byAttribute, byDocument, LEVEL_HEADER, NO_VALUE_LABEL, type CodeMatrixInput } from './matrix';
export { cooccurrenceMatrix } from './cooccurrence';
export { codesAtLevel, rollupTo, type RowCode } from './rollup';
export { renderHeatmapSvg, heatFill, heatText, type HeatmapStyle } from './heatmap-svg';
export { cooccurrenceNetwork, type CooccurrenceNetwork, type NetworkEdge, type NetworkNode } from './network';
export { layoutNetwork, type NetworkLayout, type NetworkStyle } from './network-layout';
export { renderNetworkSvg, type NetworkSvg } from './network-svg';
