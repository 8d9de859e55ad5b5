import type { CodeLevel } from '../../core/codebook';
import { mix, shade, tint } from '../../core/structure/colour';
import type { LayoutBox } from '../../core/structure';

/**
 * The figure's colours for native-shape exports (PPTX, DOCX shading). They must match
 * `renderStructureSvg` in src/core/structure/svg.ts, which draws the screen and the SVG/PNG/PDF:
 * same strengths per level, same greys.
 */
const STRENGTH: Readonly<Record<CodeLevel, number>> = { concept: 0.08, theme: 0.16, dimension: 0.3 };
const GREYS: Readonly<Record<CodeLevel, string>> = { concept: '#ffffff', theme: '#f0f0f0', dimension: '#dcdcdc' };

export interface FigurePalette {
  fill(box: LayoutBox): string;
  stroke(box: LayoutBox): string;
  readonly text: string;
  readonly muted: string;
  readonly connector: string;
  readonly rule: string;
}

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

/** pptxgenjs and docx want colours as RRGGBB without '#'. */
export function hex6(colour: string): string {
  return colour.replace(/^#/, '').toUpperCase();
}
