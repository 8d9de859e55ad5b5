/** Types for fontkit 2.0.4, which ships none; only what the figure exporters use. */
declare module 'fontkit' {
  interface Glyph {
    readonly id: number;
    readonly advanceWidth: number;
    readonly codePoints: readonly number[];
  }
  interface GlyphRun {
    readonly glyphs: readonly Glyph[];
    readonly advanceWidth: number;
  }
  interface Font {
    readonly familyName: string;
    readonly unitsPerEm: number;
    hasGlyphForCodePoint(codePoint: number): boolean;
    layout(text: string): GlyphRun;
  }
  export function openSync(path: string): Font;
}
