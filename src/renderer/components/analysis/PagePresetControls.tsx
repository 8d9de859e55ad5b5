import type { PagePreset } from '../../../core/structure';
import { options } from '../ui/options';
import { msg } from '../../messages';

type Size = 'free' | PagePreset['size'];

/** Starting values when a page is first chosen: the common journal setting. */
export const DEFAULT_PRESET: PagePreset = { size: 'a4', orientation: 'portrait', fontSizePt: 9, minFontSizePt: 7, fit: 'page' };

const t = msg.figure.pageControls;

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
        {t.page}{' '}
        <select aria-label={t.page} value={p?.size ?? 'free'} onChange={(e) => chooseSize(e.target.value as Size)}>
          {options(t.sizes)}
        </select>
      </label>
      {p !== null && (
        <>
          {p.size === 'custom' && (
            <span className="preset-block">
              <input
                type="number"
                aria-label={t.blockWidth}
                min={40}
                step={p.unit === 'in' ? 0.1 : 1}
                value={p.width ?? ''}
                onChange={(e) => set({ width: number(e.target.value, p.width ?? 170) })}
              />
              ×
              <input
                type="number"
                aria-label={t.blockHeight}
                min={40}
                step={p.unit === 'in' ? 0.1 : 1}
                value={p.height ?? ''}
                onChange={(e) => set({ height: number(e.target.value, p.height ?? 240) })}
              />
              <select aria-label={t.unit} value={p.unit ?? 'mm'} onChange={(e) => set({ unit: e.target.value as 'mm' | 'in' })}>
                <option value="mm">mm</option>
                <option value="in">in</option>
              </select>
            </span>
          )}
          <select
            aria-label={t.orientation}
            value={p.orientation}
            onChange={(e) => set({ orientation: e.target.value as PagePreset['orientation'] })}
          >
            {options(t.orientations)}
          </select>
          <label>
            {t.type}{' '}
            <input
              type="number"
              aria-label={t.typeSize}
              min={4}
              max={36}
              step={0.5}
              value={p.fontSizePt}
              onChange={(e) => set({ fontSizePt: Math.min(36, Math.max(4, number(e.target.value, 9))) })}
            />{' '}
            {t.pt}
          </label>
          <select aria-label={t.fit} value={p.fit} onChange={(e) => set({ fit: e.target.value as PagePreset['fit'] })}>
            {options(t.fits)}
          </select>
          {p.fit === 'page' && (
            <label title={t.minTitle}>
              {t.min}{' '}
              <input
                type="number"
                aria-label={t.minTypeSize}
                min={4}
                max={p.fontSizePt}
                step={0.5}
                value={p.minFontSizePt}
                onChange={(e) => set({ minFontSizePt: Math.min(p.fontSizePt, Math.max(4, number(e.target.value, 7))) })}
              />{' '}
              {t.pt}
            </label>
          )}
        </>
      )}
    </>
  );
}
