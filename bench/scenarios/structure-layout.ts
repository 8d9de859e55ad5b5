import { largeCodes } from '../../tests/unit/structure/fixtures';
import { structureFigure } from '../../src/core/tables';
import type { Scenario } from '../scenario';

export const scenario: Scenario = {
  name: 'structure-layout',
  description: 'Codes → Gioia structure → layout → SVG (the view and every export) for 500 concepts in 40 themes.',
  async run(ctx) {
    const codes = largeCodes(40, 500).map((c, i) => ({ ...c, segmentCount: i % 17, documentCount: i % 5 }));
    const options = {
      showCounts: true,
      includeUngrouped: true,
      order: 'frequency' as const,
      fontSize: 13,
      palette: 'colour' as const,
      width: 1200,
      connector: 'bracket' as const,
    };
    await ctx.measure({ label: '500 concepts', size: '2 dimensions, 40 themes, 500 concepts', runs: 15, warmup: 2, targetMs: 1000 }, () =>
      structureFigure(codes, options),
    );
  },
};
