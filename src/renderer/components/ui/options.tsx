/** The `<option>`s of a drop-down over fixed values, each shown by its label (in the labels' order). */
export function options(labels: Readonly<Record<string, string>>) {
  return Object.entries(labels).map(([value, label]) => (
    <option key={value} value={value}>
      {label}
    </option>
  ));
}
