import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGioiaStructure, layoutStructure, renderStructureSvg } from '../../../src/core/structure';
import { countsFor, largeCodes } from './fixtures';

describe('large structures', () => {
  it('lays out and renders 15 themes, 2 dimensions and 120 concepts with every box drawn', () => {
    const codes = largeCodes(15, 120);
    const layout = layoutStructure(buildGioiaStructure(codes, { concepts: countsFor(codes) }), { width: 1400, showCounts: true });
    const svg = renderStructureSvg(layout);
    // Kept for looking at: chromium --headless --screenshot renders it to PNG.
    writeFileSync(path.join(os.tmpdir(), 'gioia-structure-120.svg'), svg);
    expect(layout.boxes.filter((b) => b.level === 'concept')).toHaveLength(120);
    expect(svg.match(/class="box theme"/g)).toHaveLength(15);
  });

  it('lays out 500 concepts in well under a second', () => {
    const codes = largeCodes(40, 500);
    const structure = buildGioiaStructure(codes, { concepts: countsFor(codes) });
    layoutStructure(structure, { showCounts: true });
    const runs: number[] = [];
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      layoutStructure(structure, { showCounts: true });
      runs.push(performance.now() - start);
    }
    const median = [...runs].sort((a, b) => a - b)[2] ?? Infinity;
    console.log(`layout of 500 concepts: median ${median.toFixed(1)} ms`);
    expect(median).toBeLessThan(1000);
  });
});
