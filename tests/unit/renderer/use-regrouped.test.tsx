// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CodeId } from '../../../src/core/ids';
import { drawMove, useRegrouped } from '../../../src/renderer/components/analysis/use-regrouped';
import type { CodeRow } from '../../../src/shared/types';
import { deferred, mount, settle, type Mounted } from './dom-harness';

function code(id: string, parentId: string | null, segmentCount: number): CodeRow {
  return {
    id: id as CodeId,
    level: parentId === null ? 'theme' : 'concept',
    parentId: parentId as CodeId | null,
    name: id,
    definition: '',
    colour: '#336699',
    position: 1,
    inVivo: false,
    segmentCount,
    documentCount: 1,
  };
}

const before = [code('T1', null, 3), code('T2', null, 0), code('c', 'T1', 3)];
const after = [code('T1', null, 0), code('T2', null, 3), code('c', 'T2', 3)];

/** Every codes array the hook handed the view, and its `placed`. */
function probe(sameCounts = true) {
  const drawn: (readonly CodeRow[])[] = [];
  let placed: (codes: readonly CodeRow[] | null) => void = () => undefined;
  function Probe({ codes }: { codes: readonly CodeRow[] }) {
    const r = useRegrouped(codes, sameCounts);
    drawn.push(r.codes);
    placed = r.placed;
    return null;
  }
  return { Probe, drawn, placed: (codes: readonly CodeRow[] | null) => placed(codes) };
}

const shape = (codes: readonly CodeRow[] | undefined) => codes?.map((c) => `${c.id}<${c.parentId ?? '-'}:${c.segmentCount}`).join(' ');

let view: Mounted | undefined;
afterEach(async () => {
  await view?.unmount();
  view = undefined;
});

describe('useRegrouped', () => {
  it('draws a move’s answer, counts included, before the project reloads', async () => {
    const p = probe();
    view = await mount(<p.Probe codes={before} />);
    await settle(() => p.placed(after));
    expect(shape(p.drawn.at(-1))).toBe('T1<-:0 T2<-:3 c<T2:3');
  });

  it('draws an answer of only the rows the move changed over the rest of the codebook', async () => {
    const p = probe();
    const untouched = code('x', 'T1', 1);
    view = await mount(<p.Probe codes={[...before, untouched]} />);
    await settle(() => p.placed(after));
    expect(shape(p.drawn.at(-1))).toBe('T1<-:0 T2<-:3 c<T2:3 x<T1:1');
    expect(p.drawn.at(-1)?.at(-1)).toBe(untouched);
  });

  it('takes only parents and positions from the answer when the view counts differently', async () => {
    const p = probe(false);
    view = await mount(<p.Probe codes={before} />);
    await settle(() => p.placed(after));
    expect(shape(p.drawn.at(-1))).toBe('T1<-:3 T2<-:0 c<T2:3');
  });

  it('keeps the drawn array when the reload brings the codes the answer had', async () => {
    const p = probe();
    view = await mount(<p.Probe codes={before} />);
    await settle(() => p.placed(after));
    const answered = p.drawn.at(-1);
    await view.render(<p.Probe codes={after.map((c) => ({ ...c }))} />);
    expect(p.drawn.at(-1)).toBe(answered);
  });

  it('draws the reload when it differs from what was drawn', async () => {
    const p = probe();
    view = await mount(<p.Probe codes={before} />);
    await settle(() => p.placed(after));
    const recounted = after.map((c) => (c.id === 'T2' ? { ...c, segmentCount: 4 } : c));
    await view.render(<p.Probe codes={recounted} />);
    expect(shape(p.drawn.at(-1))).toBe('T1<-:0 T2<-:4 c<T2:3');
  });
});

describe('drawMove', () => {
  it('draws only the answer when it comes within a frame', async () => {
    const placed: (readonly CodeRow[] | null)[] = [];
    await drawMove(
      (c) => placed.push(c),
      () => before,
      Promise.resolve(after),
    );
    expect(placed).toEqual([after]);
  });

  /** What a move draws when its answer (`result`, null: the move failed) comes after the wait. */
  async function drawnWithLateAnswer(result: readonly CodeRow[] | null) {
    const placed: (readonly CodeRow[] | null)[] = [];
    const answer = deferred<readonly CodeRow[] | null>();
    const done = drawMove(
      (c) => placed.push(c),
      () => before,
      answer.promise,
    );
    await act(() => new Promise((r) => setTimeout(r, 40)));
    answer.resolve(result);
    await done;
    return placed;
  }

  it('draws the expected codes while a late answer is on its way, then the answer', async () => {
    expect(await drawnWithLateAnswer(after)).toEqual([before, after]);
  });

  it('takes a late drawing back at once when the move fails', async () => {
    expect(await drawnWithLateAnswer(null)).toEqual([before, null]);
  });

  it('takes the drawing back when the move fails', async () => {
    const placed: (readonly CodeRow[] | null)[] = [];
    await drawMove(
      (c) => placed.push(c),
      () => before,
      Promise.resolve(null),
    );
    expect(placed).toEqual([null]);
  });
});
