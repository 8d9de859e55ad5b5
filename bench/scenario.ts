/** What a bench scenario sees and reports. Add a scenario = add one file in bench/scenarios/. */

export interface BenchSize {
  readonly docs: number;
  readonly words: number;
}

export interface Measurement {
  readonly scenario: string;
  readonly size: string;
  readonly runs: number;
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly targetMs: number;
  readonly p95TargetMs?: number;
  readonly pass: boolean;
  /** e.g. "412 docs/s" for throughput scenarios. */
  readonly note?: string;
}

export interface MeasureOptions {
  /** Sub-measurement label, appended to the scenario name. */
  readonly label?: string;
  readonly size: string;
  readonly runs: number;
  /** Budget for the median run. */
  readonly targetMs: number;
  /** Budget for the 95th percentile, where the target states one. */
  readonly p95TargetMs?: number;
  /** Items processed per run, to report throughput. */
  readonly itemsPerRun?: { readonly count: number; readonly unit: string };
  /** Runs before measuring (JIT, statement caches). */
  readonly warmup?: number;
}

export interface BenchContext {
  readonly size: BenchSize;
  /** A fresh temp folder, removed after the scenario. */
  readonly dir: string;
  /** Times each run; a run that returns `{ measuredMs }` reports its own duration instead. */
  measure(options: MeasureOptions, run: (i: number) => unknown): Promise<Measurement>;
}

export interface Scenario {
  readonly name: string;
  readonly description: string;
  run(ctx: BenchContext): Promise<void>;
}
