import type { ImportChoices } from '../../../core/import-plan';
import { SPEAKER_ROLES, type SpeakerRole } from '../../../core/speaker-roles';
import type { ImportPreview, PreviewSpeaker } from '../../../shared/features/documents-types';
import { formatMs } from '../../lib/format';
import { msg, number } from '../../messages';

interface Props {
  readonly preview: ImportPreview;
  readonly choices: ImportChoices;
  readonly onChange: (choices: ImportChoices) => void;
}

/** One file of the import preview: what it is, its header, its speakers with their choices, its first turns. */
export function PreviewDetails({ preview, choices, onChange }: Props) {
  const m = msg.importing;
  if (!preview.ok) {
    return (
      <div className="preview-details">
        <p className="preview-facts error-text" role="alert">
          {m.cannotImport}: {preview.reason}
        </p>
      </div>
    );
  }
  const setSpeaker = (label: string, isSpeaker: boolean) => onChange({ ...choices, speakers: { ...choices.speakers, [label]: isSpeaker } });
  const setRole = (label: string, role: SpeakerRole | null) => onChange({ ...choices, roles: { ...choices.roles, [label]: role } });
  const attributes = Object.entries(preview.header.attributes);
  // What was just chosen shows at once; the preview read with it follows.
  const isSpeaker = (s: PreviewSpeaker) => choices.speakers?.[s.label] ?? s.isSpeaker;
  const roleOf = (s: PreviewSpeaker) => (choices.roles !== undefined && s.label in choices.roles ? choices.roles[s.label] : s.role);
  return (
    <div className="preview-details">
      <p className="preview-facts">
        {m.facts(preview.formatLabel ?? '', preview.encoding ?? '', preview.characters)}
        {preview.pages > 0 && m.pages(preview.pages)}
      </p>
      {preview.duplicateOf !== null && <p className="preview-note">{m.duplicate(preview.duplicateOf)}</p>}
      {preview.warnings.length > 0 && (
        <ul className="preview-warnings" aria-label={m.warnings}>
          {preview.warnings.map((w, i) => (
            <li key={i}>{w}</li>
          ))}
        </ul>
      )}

      <section className="preview-section" aria-label={m.header}>
        <h3>{m.header}</h3>
        <p className="preview-hint">{m.headerHint(preview.header.suggested)}</p>
        <label className="preview-inline">
          {m.headerCount}
          <input
            type="number"
            min={0}
            max={10_000}
            value={choices.headerLines ?? preview.header.lineCount}
            onChange={(e) => {
              const n = Number(e.target.value);
              if (Number.isInteger(n) && n >= 0) onChange({ ...choices, headerLines: n });
            }}
          />
        </label>
        {preview.header.lineCount === 0 ? (
          <p className="preview-hint">{m.noHeader}</p>
        ) : (
          <pre className="preview-header-lines">{preview.header.lines.join('\n')}</pre>
        )}
        {attributes.length > 0 && (
          <dl className="preview-attributes" aria-label={m.attributesFromHeader}>
            {attributes.map(([k, v]) => (
              <div key={k}>
                <dt>{k}</dt>
                <dd>{v}</dd>
              </div>
            ))}
          </dl>
        )}
        <label className="checkbox">
          <input
            type="checkbox"
            checked={choices.joinLines ?? preview.joinLines}
            onChange={(e) => onChange({ ...choices, joinLines: e.target.checked })}
          />
          {m.joinLines}
          <span className="preview-hint">{preview.hardWrapped ? m.hardWrapped : m.notHardWrapped}</span>
        </label>
      </section>

      <section className="preview-section" aria-label={m.speakers}>
        <h3>{m.speakers}</h3>
        {preview.speakers.length === 0 ? (
          <p className="preview-hint">{m.noLabels}</p>
        ) : (
          <table className="preview-speakers">
            <thead>
              <tr>
                <th scope="col">{m.speakerColumn}</th>
                <th scope="col">{m.labelColumn}</th>
                <th scope="col" className="num">
                  {m.linesColumn}
                </th>
                <th scope="col" className="num">
                  {m.turnsColumn}
                </th>
                <th scope="col">{m.roleColumn}</th>
                <th scope="col">{m.whyColumn}</th>
              </tr>
            </thead>
            <tbody>
              {preview.speakers.map((s) => (
                <tr key={s.label} className={isSpeaker(s) ? undefined : 'not-speaker'}>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={m.isSpeaker(s.label)}
                      checked={isSpeaker(s)}
                      onChange={(e) => setSpeaker(s.label, e.target.checked)}
                    />
                  </td>
                  <td className="preview-label">{s.label}</td>
                  <td className="num">{number(s.uses)}</td>
                  <td className="num">{number(s.turns)}</td>
                  <td>
                    <select
                      aria-label={m.roleOf(s.label)}
                      value={roleOf(s) ?? ''}
                      disabled={!isSpeaker(s)}
                      onChange={(e) => setRole(s.label, e.target.value === '' ? null : (e.target.value as SpeakerRole))}
                    >
                      <option value="">{m.noRole}</option>
                      {SPEAKER_ROLES.map((r) => (
                        <option key={r} value={r}>
                          {m.roles[r]}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td className="preview-why">{s.why}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className="preview-section" aria-label={m.firstTurns(preview.turns.length, preview.totalTurns)}>
        <h3>{m.firstTurns(preview.turns.length, preview.totalTurns)}</h3>
        <ol className="preview-turns">
          {preview.turns.map((t, i) => (
            <li key={i}>
              <span className="preview-turn-speaker">
                {t.speaker ?? m.noSpeaker}
                {t.startMs !== null && <span className="preview-turn-time">{formatMs(t.startMs)}</span>}
              </span>
              <span className="preview-turn-words">{t.words}</span>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
