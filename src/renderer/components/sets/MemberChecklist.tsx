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

/** The members ticked: those kept in the order they had, then the new ones in the list's order. */
export function tickedMembers(had: readonly string[], ticked: ReadonlySet<string>, items: readonly ChecklistItem[]): string[] {
  const kept = had.filter((id) => ticked.has(id));
  const before = new Set(kept);
  return [...kept, ...items.filter((item) => ticked.has(item.id) && !before.has(item.id)).map((item) => item.id)];
}
