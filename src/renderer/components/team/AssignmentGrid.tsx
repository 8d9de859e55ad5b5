import type { CoderId, DocumentId } from '../../../core/ids';
import type { CoderRow, DocumentSummary } from '../../../shared/types';
import { msg } from '../../messages';

/** Which documents each coder is given; a coder with none is not in the session. */
export type Assignment = ReadonlyMap<CoderId, ReadonlySet<DocumentId>>;

interface Props {
  readonly coders: readonly CoderRow[];
  readonly documents: readonly DocumentSummary[];
  readonly assignment: Assignment;
  readonly onChange: (next: Assignment) => void;
  /** Downloads a coder's package; null until the session is saved. */
  readonly packageFor: ((coderId: CoderId) => void) | null;
}

function toggled(assignment: Assignment, coderId: CoderId, ids: readonly DocumentId[], on: boolean): Assignment {
  const next = new Map(assignment);
  const docs = new Set(next.get(coderId) ?? []);
  for (const id of ids) {
    if (on) docs.add(id);
    else docs.delete(id);
  }
  next.set(coderId, docs);
  return next;
}

/** Documents down, coders across: one checkbox per document and coder, and "all" per coder. */
export function AssignmentGrid({ coders, documents, assignment, onChange, packageFor }: Props) {
  const t = msg.team;
  const all = documents.map((d) => d.id);
  return (
    <div className="assignment-grid">
      <table aria-label={t.assignmentTable}>
        <thead>
          <tr>
            <th scope="col">{t.document}</th>
            {coders.map((c) => {
              const given = assignment.get(c.id)?.size ?? 0;
              return (
                <th key={c.id} scope="col">
                  <label>
                    <input
                      type="checkbox"
                      aria-label={t.allFor(c.name)}
                      checked={given === documents.length && given > 0}
                      onChange={(e) => onChange(toggled(assignment, c.id, all, e.target.checked))}
                    />
                    <span className="swatch" style={{ background: c.colour }} aria-hidden />
                    {c.name}
                  </label>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {documents.map((d) => (
            <tr key={d.id}>
              <th scope="row">{d.name}</th>
              {coders.map((c) => (
                <td key={c.id}>
                  <input
                    type="checkbox"
                    aria-label={t.givenTo(d.name, c.name)}
                    checked={assignment.get(c.id)?.has(d.id) ?? false}
                    onChange={(e) => onChange(toggled(assignment, c.id, [d.id], e.target.checked))}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t.packages}</th>
            {coders.map((c) => (
              <td key={c.id}>
                <button
                  type="button"
                  className="plain"
                  disabled={packageFor === null || (assignment.get(c.id)?.size ?? 0) === 0}
                  title={packageFor === null ? t.saveFirst : undefined}
                  aria-label={t.packageFor(c.name)}
                  onClick={() => packageFor?.(c.id)}
                >
                  {t.download}
                </button>
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
