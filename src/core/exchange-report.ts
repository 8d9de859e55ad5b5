/**
 * What an exchange (REFI-QDA import or export) did with each kind of thing, in three lists a
 * researcher can read at a glance, as the standard's §7 asks ("which elements are discarded, in as
 * much detail as possible"):
 *
 * - **kept**: what arrived (or leaves) as it was, counted — "4 documents", "2 document sets";
 * - **mapped**: what arrived in another form, and how — "positions read as UTF-16 units",
 *   "3 codes under a dimension became ungrouped concepts; their place is kept for export";
 * - **skipped**: what did not arrive, and why — "2 PDF sources with their 9 codings".
 */
export interface ExchangeReport {
  readonly kept: readonly string[];
  readonly mapped: readonly string[];
  readonly skipped: readonly string[];
}

export const EMPTY_REPORT: ExchangeReport = { kept: [], mapped: [], skipped: [] };

/** Collects report lines in order; `build` freezes them. */
export class ReportBuilder {
  private readonly lines = { kept: [] as string[], mapped: [] as string[], skipped: [] as string[] };

  kept(...lines: readonly string[]): this {
    this.lines.kept.push(...lines);
    return this;
  }

  mapped(...lines: readonly string[]): this {
    this.lines.mapped.push(...lines);
    return this;
  }

  skipped(...lines: readonly string[]): this {
    this.lines.skipped.push(...lines);
    return this;
  }

  add(report: ExchangeReport): this {
    return this.kept(...report.kept)
      .mapped(...report.mapped)
      .skipped(...report.skipped);
  }

  build(): ExchangeReport {
    return { kept: [...this.lines.kept], mapped: [...this.lines.mapped], skipped: [...this.lines.skipped] };
  }
}

/** The report as plain lines, kept first: the CLI's text output and `ImportResult.details`. */
export function reportLines(report: ExchangeReport): string[] {
  return [...report.kept, ...report.mapped, ...report.skipped];
}

/** "1 code", "3 codes"; `plural` when the noun does not just take an s. */
export function counted(n: number, singular: string, plural = `${singular}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? singular : plural}`;
}

/** Up to `max` items named, then "and N more". */
export function listed(items: readonly string[], max = 12): string {
  if (items.length <= max) return items.join(', ');
  return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}
