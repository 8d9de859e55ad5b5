/**
 * A table whose leading columns group the rows (dimension → theme → concept), the shape of both
 * Gioia tables. Writers show a group's label once, on its first row, and rule between groups;
 * the DOCX writer merges the cells instead. Plain data, so every writer derives from one model.
 */
export interface GroupedTable {
  readonly headers: readonly string[];
  /** How many leading columns are grouping columns (2: dimension and theme). */
  readonly groupColumns: number;
  readonly rows: readonly GroupedRow[];
}

export interface GroupedRow {
  readonly cells: readonly string[];
  /**
   * The first grouping column that changes on this row: 0 = a new top-level group starts, 1 = a
   * new subgroup, `groupColumns` = same groups as the row above.
   */
  readonly groupStart: number;
}

/** Marks where groups start, from rows whose grouping cells repeat. */
export function groupRows(
  rows: ReadonlyArray<readonly string[]>,
  groupColumns: number,
  keys?: ReadonlyArray<readonly string[]>,
): GroupedRow[] {
  return rows.map((cells, i) => {
    const key = keys?.[i] ?? cells;
    const prev = i === 0 ? undefined : (keys?.[i - 1] ?? rows[i - 1]);
    let start = groupColumns;
    for (let c = 0; c < groupColumns; c++) {
      if (prev === undefined || prev[c] !== key[c]) {
        start = c;
        break;
      }
    }
    return { cells, groupStart: start };
  });
}

/** The cells as shown: a grouping cell is blank when it continues the group above. */
export function displayCells(row: GroupedRow, groupColumns: number): string[] {
  return row.cells.map((cell, c) => (c < groupColumns && c < row.groupStart ? '' : cell));
}
