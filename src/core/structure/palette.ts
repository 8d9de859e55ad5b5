import type { CodeLevel } from '../codebook';
import { mix, shade, tint } from './colour';
import type { LayoutBox } from './layout-types';

/**
 * The figure's colours, shared by every renderer — the SVG (screen, SVG, PNG, PDF) and the native
 * shapes of PPTX/DOCX — so an export never differs from what is on screen.
 */
export interface FigurePalette {
  fill(box: LayoutBox): string;
  stroke(box: LayoutBox): string;
  readonly text: string;
  readonly muted: string;
  readonly connector: string;
  readonly rule: string;
}

/** Fill strength per level: the figure darkens slightly as it abstracts, left to right. */
const STRENGTH: Readonly<Record<CodeLevel, number>> = { concept: 0.08, theme: 0.16, dimension: 0.3 };
const GREYS: Readonly<Record<CodeLevel, string>> = { concept: '#ffffff', theme: '#f0f0f0', dimension: '#dcdcdc' };

export function figurePalette(kind: 'colour' | 'greyscale'): FigurePalette {
  if (kind === 'greyscale') {
    return {
      fill: (b) => (b.placeholder ? '#ffffff' : GREYS[b.level]),
      stroke: (b) => (b.placeholder ? '#808080' : '#000000'),
      text: '#000000',
      muted: '#505050',
      connector: '#000000',
      rule: '#000000',
    };
  }
  return {
    fill: (b) => (b.placeholder ? '#ffffff' : tint(b.accent, STRENGTH[b.level])),
    stroke: (b) => (b.placeholder ? '#9aa0a6' : mix(shade(b.accent, 0.2), '#ffffff', 0.35)),
    text: '#1f2328',
    muted: '#5f6670',
    connector: '#6a7079',
    rule: '#9aa0a6',
  };
}
