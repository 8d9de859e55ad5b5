import type { CodeId, CoderId } from '../../../core/ids';
import type { AgreementUnit, ComparisonSession } from '../../../shared/features/comparison-types';
import type { CompareScope } from './compare-scope';
import { DocumentScopePicker } from './DocumentScopePicker';
import type { CodeRow, CoderRow, DocumentSummary } from '../../../shared/types';

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
    <form className="compare-controls" aria-label="Comparison settings" onSubmit={(e) => e.preventDefault()}>
      <fieldset>
        <legend>Coders</legend>
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
        <div className="label">Codes</div>
        <details>
          <summary>{settings.codeIds === null ? 'All codes used' : `${settings.codeIds.length} chosen`}</summary>
          <ul aria-label="Codes to compare">
            <li>
              <label>
                <input
                  type="checkbox"
                  checked={settings.codeIds === null}
                  onChange={() => set({ codeIds: settings.codeIds === null ? concepts.map((c) => c.id) : null })}
                />
                Every code the coders used
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
        <span className="label">Unit</span>
        <select aria-label="Unit" value={settings.unit} onChange={(e) => set({ unit: e.target.value as AgreementUnit })}>
          <option value="char">Character</option>
          <option value="segment">Segment</option>
        </select>
      </label>
      <label title="Minimum overlap |a∩b| / |a∪b| for two segments to agree (unit: segment)">
        <span className="label">Min. overlap</span>
        <input
          type="number"
          aria-label="Minimum overlap"
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
