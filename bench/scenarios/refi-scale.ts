import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildCodedProject } from '../project-builder';
import type { Scenario } from '../scenario';

const DOCS = 200;
const WORDS = 15_000;
const SEGMENTS = 50_000;
const RUNS = 3;
const TARGETS = {
  export: { ms: 2_000, peakMb: 250 },
  import: { ms: 4_000, peakMb: 300 },
} as const;
/** Built once: the project takes minutes to build, so it is kept between runs (gitignored). */
const CACHE = join(__dirname, '..', '.cache', `refi-scale-${DOCS}x${WORDS}-${SEGMENTS}`);

async function cachedProject(): Promise<string> {
  const path = join(CACHE, 'coded.gioia');
  if (existsSync(path)) return path;
  mkdirSync(CACHE, { recursive: true });
  const building = join(CACHE, 'building');
  rmSync(building, { recursive: true, force: true });
  mkdirSync(building);
  const built = await buildCodedProject(building, { docs: DOCS, words: WORDS }, { codes: 200, segments: SEGMENTS });
  renameSync(built, path);
  rmSync(building, { recursive: true, force: true });
  return path;
}

interface ChildLine {
  readonly ms: number;
  readonly peakRssMb: number;
}

function runChild(args: readonly string[]): ChildLine {
  const child = join(__dirname, '..', 'children', 'refi-exchange.ts');
  const out = execFileSync(process.execPath, ['--import', 'tsx', child, ...args], { encoding: 'utf8', maxBuffer: 1024 * 1024 });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as ChildLine;
}

/**
 * REFI-QDA at a whole study's scale (200 transcripts × 15k words, 50,000 codings): export to .qdpx
 * and import it as a new project, each run in its own process so its peak RSS is its own.
 */
export const scenario: Scenario = {
  name: 'refi-scale',
  description: `REFI-QDA export and import of ${DOCS} docs × ${WORDS.toLocaleString('en')} words, ${SEGMENTS.toLocaleString('en')} codings; peak RSS per run.`,
  async run(ctx) {
    const project = await cachedProject();
    const qdpx = join(CACHE, 'coded.qdpx');
    const size = `${DOCS} docs × ${WORDS / 1000}k words, ${SEGMENTS / 1000}k codings`;
    const peaks = { export: [] as number[], import: [] as number[] };
    const times = { export: [] as number[], import: [] as number[] };
    await ctx.measure({ label: 'export', size, runs: RUNS, targetMs: TARGETS.export.ms }, (i) => {
      const out = i === RUNS - 1 ? qdpx : join(ctx.dir, `export-${i}.qdpx`);
      const line = runChild(['export', project, out]);
      peaks.export.push(line.peakRssMb);
      times.export.push(line.ms);
      return { measuredMs: line.ms };
    });
    const archiveMb = statSync(qdpx).size / 2 ** 20;
    await ctx.measure(
      { label: 'import', size: `${size}, ${archiveMb.toFixed(1)} MB .qdpx`, runs: RUNS, targetMs: TARGETS.import.ms },
      () => {
        const line = runChild(['import', qdpx]);
        peaks.import.push(line.peakRssMb);
        times.import.push(line.ms);
        return { measuredMs: line.ms };
      },
    );
    const over: string[] = [];
    for (const step of ['export', 'import'] as const) {
      const worst = Math.max(...peaks[step]);
      console.log(
        `refi-scale ${step}: per run ${peaks[step].map((p, i) => `${((times[step][i] ?? 0) / 1000).toFixed(2)} s / ${p.toFixed(0)} MB`).join(', ')} (budget ${TARGETS[step].ms / 1000} s / ${TARGETS[step].peakMb} MB peak RSS)`,
      );
      if (worst > TARGETS[step].peakMb) over.push(`${step} peak RSS ${worst.toFixed(0)} MB is over its ${TARGETS[step].peakMb} MB budget`);
    }
    if (over.length > 0) throw new Error(over.join('; '));
  },
};
