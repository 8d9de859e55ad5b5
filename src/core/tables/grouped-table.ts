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
  /**
   * The order columns are shown in, as indices into `headers` and `cells`; default as stored. The
   * structure table is stored dimension-first (grouping columns lead) but shown as the figure reads,
   * concept first.
   */
  readonly columnOrder?: readonly number[];
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

/** Logical column indices in display order. */
export function displayOrder(t: Pick<GroupedTable, 'headers' | 'columnOrder'>): readonly number[] {
  return t.columnOrder ?? t.headers.map((_, i) => i);
}

export function displayHeaders(t: Pick<GroupedTable, 'headers' | 'columnOrder'>): string[] {
  return displayOrder(t).map((c) => t.headers[c] ?? '');
}

/** The cells as shown, in display order: a grouping cell is blank when it continues the group above. */
export function displayCells(row: GroupedRow, t: Pick<GroupedTable, 'headers' | 'columnOrder' | 'groupColumns'>): string[] {
  return displayOrder(t).map((c) => (c < t.groupColumns && c < row.groupStart ? '' : (row.cells[c] ?? '')));
}
