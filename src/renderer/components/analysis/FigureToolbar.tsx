import type { FigureOptions } from '../../../core/tables';
import { PagePresetControls } from './PagePresetControls';
import { options } from '../ui/options';
import { msg } from '../../messages';

export const FONTS: ReadonlyArray<{ label: string; value: string }> = [
  { label: 'Helvetica / Arial', value: "Helvetica, Arial, 'Liberation Sans', sans-serif" },
  { label: 'Times', value: "'Times New Roman', Times, 'Liberation Serif', serif" },
  { label: 'Georgia', value: 'Georgia, serif' },
];

const t = msg.figure.toolbar;

/** The figure's options; the same object goes to every export, so the file matches the screen. */
export function FigureToolbar(props: { options: FigureOptions; onChange: (o: FigureOptions) => void }) {
  const o = props.options;
  const set = (patch: Partial<FigureOptions>) => props.onChange({ ...o, ...patch });
  return (
    <div role="toolbar" aria-label={t.label} className="analysis-toolbar">
      <label>
        <input type="checkbox" checked={o.showCounts} onChange={(e) => set({ showCounts: e.target.checked })} /> {t.showCounts}
      </label>
      <label>
        <input type="checkbox" checked={o.includeUngrouped} onChange={(e) => set({ includeUngrouped: e.target.checked })} />{' '}
        {t.showUngrouped}
      </label>
      <Choice label={t.order} value={o.order} labels={t.orders} onChange={(order) => set({ order })} />
      <Choice
        label={t.font}
        value={o.fontFamily ?? FONTS[0]?.value ?? ''}
        labels={Object.fromEntries(FONTS.map((f) => [f.value, f.label]))}
        onChange={(fontFamily) => set({ fontFamily })}
      />
      <Choice label={t.colour} value={o.palette} labels={t.palettes} onChange={(palette) => set({ palette })} />
      <Choice label={t.connectors} value={o.connector} labels={t.connectorKinds} onChange={(connector) => set({ connector })} />
      <PagePresetControls page={o.page ?? null} onChange={(page) => set({ page })} />
      {(o.page ?? null) === null && (
        <label>
          {t.width}{' '}
          <input
            type="range"
            min={640}
            max={1600}
            step={40}
            value={o.width}
            aria-valuetext={t.pixels(o.width)}
            onChange={(e) => set({ width: Number(e.target.value) })}
          />
          <span className="muted"> {t.pixels(o.width)}</span>
        </label>
      )}
    </div>
  );
}

/** A labelled drop-down over a fixed set of values, each shown by its label. */
function Choice<V extends string>({
  label,
  value,
  labels,
  onChange,
}: {
  label: string;
  value: V;
  labels: Readonly<Record<V, string>>;
  onChange: (value: V) => void;
}) {
  const values = Object.keys(labels) as V[];
  return (
    <label>
      {label}{' '}
      <select value={value} onChange={(e) => onChange(values.find((v) => v === e.target.value) ?? value)}>
        {options(labels)}
      </select>
    </label>
  );
}
