import type { FigureOptions } from '../../../core/tables';
import { FONTS } from '../analysis/FigureToolbar';

/** The history draws every point with the data-structure view's default look, so figures compare. */
export const HISTORY_FIGURE: FigureOptions = {
  showCounts: true,
  includeUngrouped: true,
  order: 'codebook',
  fontFamily: FONTS[0]?.value,
  fontSize: 12,
  palette: 'colour',
  width: 900,
  connector: 'bracket',
};
