export interface ChecklistItem {
  readonly id: string;
  readonly label: string;
  /** Indent: 0 for documents and dimensions, 1 for themes, 2 for concepts. */
  readonly depth?: number;
}

interface Props {
  readonly legend: string;
  readonly items: readonly ChecklistItem[];
  readonly chosen: ReadonlySet<string>;
  readonly onChange: (next: ReadonlySet<string>) => void;
}

/** A scrolling list of checkboxes for the members of a set or case, in project order. */
export function MemberChecklist({ legend, items, chosen, onChange }: Props) {
  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    onChange(next);
  };
  return (
    <fieldset className="member-checklist">
      <legend>
        {legend} <span className="count">{chosen.size}</span>
      </legend>
      <ul>
        {items.map((item) => (
          <li key={item.id} style={{ paddingLeft: (item.depth ?? 0) * 14 }}>
            <label>
              <input type="checkbox" checked={chosen.has(item.id)} onChange={(e) => toggle(item.id, e.target.checked)} />
              <span>{item.label}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** What to add and remove to go from `had` to `want`, in `want`'s order. */
export function memberChange(had: readonly string[], want: ReadonlySet<string>): { add: string[]; remove: string[] } {
  const before = new Set(had);
  return { add: [...want].filter((id) => !before.has(id)), remove: had.filter((id) => !want.has(id)) };
}
