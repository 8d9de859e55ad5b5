import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { BenchContext, BenchSize, Measurement, MeasureOptions, Scenario } from './scenario';

const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '50' },
    words: { type: 'string', default: '3000' },
    only: { type: 'string' },
  },
});

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

function isSelfTimed(value: unknown): value is { measuredMs: number } {
  return typeof value === 'object' && value !== null && typeof (value as { measuredMs?: unknown }).measuredMs === 'number';
}

async function measureWith(scenario: string, results: Measurement[], o: MeasureOptions, run: (i: number) => unknown) {
  for (let i = 0; i < (o.warmup ?? 0); i++) await run(-1 - i);
  const times: number[] = [];
  for (let i = 0; i < o.runs; i++) {
    const t = performance.now();
    const reported = await run(i);
    // A run that times itself (inside the browser, excluding its own setup and settling) says so
    // with `{ measuredMs }`; otherwise the whole call is timed.
    times.push(isSelfTimed(reported) ? reported.measuredMs : performance.now() - t);
  }
  const sorted = [...times].sort((a, b) => a - b);
  const medianMs = percentile(sorted, 50);
  const p95Ms = percentile(sorted, 95);
  const m: Measurement = {
    scenario: o.label ? `${scenario}: ${o.label}` : scenario,
    size: o.size,
    runs: o.runs,
    medianMs,
    p95Ms,
    targetMs: o.targetMs,
    ...(o.p95TargetMs === undefined ? {} : { p95TargetMs: o.p95TargetMs }),
    pass: medianMs <= o.targetMs && (o.p95TargetMs === undefined || p95Ms < o.p95TargetMs),
    ...(o.itemsPerRun ? { note: `${Math.round((o.itemsPerRun.count / medianMs) * 1000)} ${o.itemsPerRun.unit}/s` } : {}),
  };
  results.push(m);
  return m;
}

/** Scenarios are discovered, not listed, so adding one never touches this file. */
async function loadScenarios(): Promise<Scenario[]> {
  const dir = join(__dirname, 'scenarios');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .sort();
  const loaded: Scenario[] = [];
  for (const f of files) {
    const mod = (await import(join(dir, f))) as { default?: Scenario; scenario?: Scenario };
    const s = mod.scenario ?? mod.default;
    if (s) loaded.push(s);
  }
  return loaded;
}

function printTable(results: readonly Measurement[]): void {
  const rows = [
    ['scenario', 'size', 'median', 'p95', 'runs', 'target', 'result'],
    ...results.map((r) => [
      r.scenario,
      r.size,
      `${r.medianMs.toFixed(1)} ms`,
      `${r.p95Ms.toFixed(1)} ms`,
      String(r.runs),
      `≤ ${r.targetMs} ms${r.p95TargetMs === undefined ? '' : `, p95 < ${r.p95TargetMs}`}`,
      `${r.pass ? 'pass' : 'FAIL'}${r.note ? ` (${r.note})` : ''}`,
    ]),
  ];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  for (const [i, row] of rows.entries()) {
    console.log(row.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  '));
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
}

async function main(): Promise<void> {
  const size: BenchSize = { docs: Number(values.docs), words: Number(values.words) };
  const scenarios = (await loadScenarios()).filter((s) => !values.only || s.name === values.only);
  if (scenarios.length === 0) throw new Error(`No scenario named "${values.only}".`);
  const results: Measurement[] = [];
  for (const s of scenarios) {
    const dir = mkdtempSync(join(tmpdir(), `gioia-bench-${s.name}-`));
    const ctx: BenchContext = { size, dir, measure: (o, run) => measureWith(s.name, results, o, run) };
    try {
      await s.run(ctx);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  printTable(results);
  const out = join(__dirname, 'results');
  mkdirSync(out, { recursive: true });
  const report = { at: new Date().toISOString(), node: process.version, platform: process.platform, size, results };
  writeFileSync(join(out, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  if (results.some((r) => !r.pass)) process.exitCode = 1;
}

// No top-level await: tsx runs this as CommonJS (package.json has no "type": "module").
void main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
