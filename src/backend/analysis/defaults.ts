import type { FigureOptions } from '../../core/tables';

/** The figure's defaults (the contract's zod defaults say the same), for use cases that take no options. */
export const DEFAULT_FIGURE: FigureOptions = {
  showCounts: false,
  includeUngrouped: true,
  order: 'codebook',
  fontSize: 13,
  palette: 'colour',
  width: 960,
  connector: 'bracket',
};
