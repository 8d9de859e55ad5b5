import type { FigureOptions } from '../../../core/tables';
import { PagePresetControls } from './PagePresetControls';

export const FONTS: ReadonlyArray<{ label: string; value: string }> = [
  { label: 'Helvetica / Arial', value: "Helvetica, Arial, 'Liberation Sans', sans-serif" },
  { label: 'Times', value: "'Times New Roman', Times, 'Liberation Serif', serif" },
  { label: 'Georgia', value: 'Georgia, serif' },
];

/** The figure's options; the same object goes to every export, so the file matches the screen. */
export function FigureToolbar(props: { options: FigureOptions; onChange: (o: FigureOptions) => void }) {
  const o = props.options;
  const set = (patch: Partial<FigureOptions>) => props.onChange({ ...o, ...patch });
  return (
    <div role="toolbar" aria-label="Figure options" className="analysis-toolbar">
      <label>
        <input type="checkbox" checked={o.showCounts} onChange={(e) => set({ showCounts: e.target.checked })} /> Show counts
      </label>
      <label>
        <input type="checkbox" checked={o.includeUngrouped} onChange={(e) => set({ includeUngrouped: e.target.checked })} /> Show ungrouped
      </label>
      <label>
        Order{' '}
        <select value={o.order} onChange={(e) => set({ order: e.target.value as FigureOptions['order'] })}>
          <option value="codebook">Codebook</option>
          <option value="frequency">Frequency</option>
        </select>
      </label>
      <label>
        Font{' '}
        <select value={o.fontFamily ?? FONTS[0]?.value} onChange={(e) => set({ fontFamily: e.target.value })}>
          {FONTS.map((f) => (
            <option key={f.label} value={f.value}>
              {f.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Colour{' '}
        <select value={o.palette} onChange={(e) => set({ palette: e.target.value as FigureOptions['palette'] })}>
          <option value="colour">Colour</option>
          <option value="greyscale">Greyscale</option>
        </select>
      </label>
      <label>
        Connectors{' '}
        <select value={o.connector} onChange={(e) => set({ connector: e.target.value as FigureOptions['connector'] })}>
          <option value="bracket">Brackets</option>
          <option value="lines">Lines</option>
        </select>
      </label>
      <PagePresetControls page={o.page ?? null} onChange={(page) => set({ page })} />
      {(o.page ?? null) === null && (
        <label>
          Width{' '}
          <input
            type="range"
            min={640}
            max={1600}
            step={40}
            value={o.width}
            aria-valuetext={`${o.width} px`}
            onChange={(e) => set({ width: Number(e.target.value) })}
          />
          <span className="muted"> {o.width} px</span>
        </label>
      )}
    </div>
  );
}
