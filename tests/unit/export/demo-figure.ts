import { DEFAULT_FIGURE } from '../../../src/backend/analysis/defaults';
import type { CodeId } from '../../../src/core/ids';
import { structureFigure, type CountedCode, type FigureOptions } from '../../../src/core/tables';
import { countsFor, demoCodes, largeCodes } from '../structure/fixtures';

export const OPTIONS: FigureOptions = { ...DEFAULT_FIGURE, showCounts: true };

function counted(codes: ReturnType<typeof demoCodes>): CountedCode[] {
  const counts = countsFor(codes);
  return codes.map((c) => ({
    ...c,
    segmentCount: counts.get(c.id as CodeId)?.segments ?? 0,
    documentCount: counts.get(c.id as CodeId)?.documents ?? 0,
  }));
}

/** The demo study's figure with deterministic counts. */
export const demoFigure = (o: Partial<FigureOptions> = {}) => structureFigure(counted(demoCodes()), { ...OPTIONS, ...o });
/** The worked example's size: 2 dimensions, 15 themes, 120 concepts. */
export const largeFigure = (o: Partial<FigureOptions> = {}) => structureFigure(counted(largeCodes()), { ...OPTIONS, ...o });

export const conceptCount = (f: ReturnType<typeof demoFigure>) => f.layout.boxes.filter((b) => b.level === 'concept').length;
