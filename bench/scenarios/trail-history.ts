import type { BenchContext, Scenario } from '../scenario';
import { backendFor, HISTORY_EVENTS, longHistory } from '../trail-fixtures';
import { prng } from '../corpus';

async function historySlider(ctx: BenchContext): Promise<void> {
  const path = await longHistory(ctx.dir, HISTORY_EVENTS);
  const { backend, call } = backendFor(ctx);
  const size = `${HISTORY_EVENTS.toLocaleString('en')} events`;
  try {
    await call('openProject', { path });
    await ctx.measure({ label: 'first replay (fold the whole log once)', size, runs: 1, targetMs: 10_000 }, () =>
      call('getStructureAt', { seq: 1 }),
    );
    const rand = prng(5);
    let seq = HISTORY_EVENTS / 2;
    await ctx.measure({ label: 'slider step (±1–200 events)', size, runs: 60, warmup: 3, targetMs: 100 }, () => {
      seq = Math.max(1, Math.min(HISTORY_EVENTS, seq + Math.round((rand() - 0.5) * 400)));
      return call('getStructureAt', { seq });
    });
    await ctx.measure({ label: 'slider jump (anywhere in the log)', size, runs: 30, warmup: 2, targetMs: 100 }, () =>
      call('getStructureAt', { seq: 1 + Math.floor(rand() * HISTORY_EVENTS) }),
    );
  } finally {
    await backend.dispose();
  }
}

export const scenario: Scenario = {
  name: 'trail-history',
  description:
    'History slider on a 100,000-event log: a step < 100 ms (the log is folded once first). Fixed size; --docs/--words are ignored.',
  run: historySlider,
};
