/** Saturation: new 1st-order concepts per document in a chosen order, pure. */
export * from './saturation';
export { saturationCsv } from './saturation-table';
export { saturationSvg, type SaturationSvg } from './saturation-svg';
