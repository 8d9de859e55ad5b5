import type { CodeId, CoderId } from '../../../core/ids';
import type { AgreementUnit, ComparisonSession } from '../../../shared/features/comparison-types';
import type { CompareScope } from './compare-scope';
import { DocumentScopePicker } from './DocumentScopePicker';
import type { CodeRow, CoderRow, DocumentSummary } from '../../../shared/types';
import { options } from '../ui/options';
import { msg } from '../../messages';

const t = msg.compare.controls;

export interface CompareSettings {
  readonly coderIds: readonly CoderId[];
  /** Which documents the agreement runs over (a session's, every coded one, or chosen by hand). */
  readonly scope: CompareScope;
  /** null: every code a chosen coder applied. */
  readonly codeIds: readonly CodeId[] | null;
  readonly unit: AgreementUnit;
  readonly overlap: number;
}

interface Props {
  readonly coders: readonly CoderRow[];
  readonly documents: readonly DocumentSummary[];
  readonly codes: readonly CodeRow[];
  readonly sessions: readonly ComparisonSession[];
  readonly settings: CompareSettings;
  readonly onChange: (next: CompareSettings) => void;
}

function toggle<T extends string>(list: readonly T[], id: T): T[] {
  return list.includes(id) ? list.filter((x) => x !== id) : [...list, id];
}

/** Coders, documents, codes, unit and threshold: everything the agreement depends on, in one bar. */
export function AgreementControls({ coders, documents, codes, sessions, settings, onChange }: Props) {
  const set = (patch: Partial<CompareSettings>) => onChange({ ...settings, ...patch });
  const concepts = codes.filter((c) => c.level === 'concept');
  return (
    <form className="compare-controls" aria-label={t.label} onSubmit={(e) => e.preventDefault()}>
      <fieldset>
        <legend>{t.coders}</legend>
        {coders.map((c) => (
          <label key={c.id}>
            <input
              type="checkbox"
              checked={settings.coderIds.includes(c.id)}
              onChange={() => set({ coderIds: toggle(settings.coderIds, c.id) })}
            />
            {c.name}
          </label>
        ))}
      </fieldset>
      <DocumentScopePicker documents={documents} sessions={sessions} scope={settings.scope} onChange={(scope) => set({ scope })} />
      <div>
        <div className="label">{t.codes}</div>
        <details>
          <summary>{settings.codeIds === null ? t.allCodes : t.chosenCodes(settings.codeIds.length)}</summary>
          <ul aria-label={t.codesToCompare}>
            <li>
              <label>
                <input
                  type="checkbox"
                  checked={settings.codeIds === null}
                  onChange={() => set({ codeIds: settings.codeIds === null ? concepts.map((c) => c.id) : null })}
                />
                {t.everyCode}
              </label>
            </li>
            {settings.codeIds !== null &&
              concepts.map((c) => (
                <li key={c.id}>
                  <label>
                    <input
                      type="checkbox"
                      checked={settings.codeIds?.includes(c.id) ?? false}
                      onChange={() => set({ codeIds: toggle(settings.codeIds ?? [], c.id) })}
                    />
                    {c.name}
                  </label>
                </li>
              ))}
          </ul>
        </details>
      </div>
      <label>
        <span className="label">{t.unit}</span>
        <select aria-label={t.unit} value={settings.unit} onChange={(e) => set({ unit: e.target.value as AgreementUnit })}>
          {options(t.units)}
        </select>
      </label>
      <label title={t.overlapTitle}>
        <span className="label">{t.overlapShort}</span>
        <input
          type="number"
          aria-label={t.overlap}
          min={0}
          max={1}
          step={0.05}
          value={settings.overlap}
          disabled={settings.unit !== 'segment'}
          onChange={(e) => {
            const v = Number(e.target.value);
            if (v >= 0 && v <= 1) set({ overlap: v });
          }}
        />
      </label>
    </form>
  );
}
