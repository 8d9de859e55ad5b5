import type { PagePreset } from '../../../core/structure';

type Size = 'free' | PagePreset['size'];

/** Starting values when a page is first chosen: the common journal setting. */
export const DEFAULT_PRESET: PagePreset = { size: 'a4', orientation: 'portrait', fontSizePt: 9, minFontSizePt: 7, fit: 'page' };

const number = (v: string, fallback: number) => (Number.isFinite(Number(v)) && v.trim() !== '' ? Number(v) : fallback);

/**
 * The figure's page: free (screen) size, A4 or Letter with their usual margins, or a journal's text
 * block; orientation, type size in pt, how small fit-to-page may shrink it, and the fit.
 */
export function PagePresetControls(props: { page: PagePreset | null; onChange: (p: PagePreset | null) => void }) {
  const p = props.page;
  const set = (patch: Partial<PagePreset>) => props.onChange({ ...(p ?? DEFAULT_PRESET), ...patch });
  const chooseSize = (size: Size) => {
    if (size === 'free') props.onChange(null);
    else if (size === 'custom') set({ size, width: p?.width ?? 170, height: p?.height ?? 240, unit: p?.unit ?? 'mm' });
    else set({ size });
  };
  return (
    <>
      <label>
        Page{' '}
        <select aria-label="Page" value={p?.size ?? 'free'} onChange={(e) => chooseSize(e.target.value as Size)}>
          <option value="free">Free size</option>
          <option value="a4">A4</option>
          <option value="letter">Letter</option>
          <option value="custom">Journal text block</option>
        </select>
      </label>
      {p !== null && (
        <>
          {p.size === 'custom' && (
            <span className="preset-block">
              <input
                type="number"
                aria-label="Text block width"
                min={40}
                step={p.unit === 'in' ? 0.1 : 1}
                value={p.width ?? ''}
                onChange={(e) => set({ width: number(e.target.value, p.width ?? 170) })}
              />
              ×
              <input
                type="number"
                aria-label="Text block height"
                min={40}
                step={p.unit === 'in' ? 0.1 : 1}
                value={p.height ?? ''}
                onChange={(e) => set({ height: number(e.target.value, p.height ?? 240) })}
              />
              <select aria-label="Unit" value={p.unit ?? 'mm'} onChange={(e) => set({ unit: e.target.value as 'mm' | 'in' })}>
                <option value="mm">mm</option>
                <option value="in">in</option>
              </select>
            </span>
          )}
          <select
            aria-label="Orientation"
            value={p.orientation}
            onChange={(e) => set({ orientation: e.target.value as PagePreset['orientation'] })}
          >
            <option value="portrait">Portrait</option>
            <option value="landscape">Landscape</option>
          </select>
          <label>
            Type{' '}
            <input
              type="number"
              aria-label="Type size in pt"
              min={4}
              max={36}
              step={0.5}
              value={p.fontSizePt}
              onChange={(e) => set({ fontSizePt: Math.min(36, Math.max(4, number(e.target.value, 9))) })}
            />{' '}
            pt
          </label>
          <select aria-label="Fit" value={p.fit} onChange={(e) => set({ fit: e.target.value as PagePreset['fit'] })}>
            <option value="page">Fit page</option>
            <option value="width">Fit width</option>
          </select>
          {p.fit === 'page' && (
            <label title="Fit page shrinks the type down to this size before breaking the figure across pages">
              min{' '}
              <input
                type="number"
                aria-label="Smallest type size in pt"
                min={4}
                max={p.fontSizePt}
                step={0.5}
                value={p.minFontSizePt}
                onChange={(e) => set({ minFontSizePt: Math.min(p.fontSizePt, Math.max(4, number(e.target.value, 7))) })}
              />{' '}
              pt
            </label>
          )}
        </>
      )}
    </>
  );
}
