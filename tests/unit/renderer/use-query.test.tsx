// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { useQuery, type Query } from '../../../src/renderer/lib/use-api-query';
import { deferred, mount, settle, type Mounted } from './dom-harness';

/** Shows the query as text: "loading", "idle", "ready:<value>", "ready:<value>:refreshing" or "failed:<message>". */
function Probe(props: { k: string | null; load: () => Promise<string>; refresh?: number }) {
  return <output>{describeQuery(useQuery(props.k, props.load, props.refresh))}</output>;
}

function describeQuery(q: Query<string>): string {
  if (q.status === 'ready') return `ready:${q.value}${q.refreshing ? ':refreshing' : ''}`;
  if (q.status === 'failed') return `failed:${q.message}`;
  return q.status;
}

/** Answers for each key, settled by the test in whatever order it likes. */
function backend() {
  const asked: Array<{ key: string; answer: ReturnType<typeof deferred<string>> }> = [];
  return {
    asked,
    loader: (key: string) => () => {
      const answer = deferred<string>();
      asked.push({ key, answer });
      return answer.promise;
    },
  };
}

let view: Mounted | undefined;
const text = () => view?.container.textContent ?? '';

afterEach(async () => {
  await view?.unmount();
  view = undefined;
});

describe('useQuery', () => {
  it('is loading until its answer arrives, then shows it', async () => {
    const b = backend();
    view = await mount(<Probe k="A" load={b.loader('A')} />);
    expect(text()).toBe('loading');
    await settle(() => b.asked[0]?.answer.resolve('quotes of A'));
    expect(text()).toBe('ready:quotes of A');
  });

  it('never shows the previous key’s answer while the next key loads', async () => {
    const b = backend();
    view = await mount(<Probe k="A" load={b.loader('A')} />);
    await settle(() => b.asked[0]?.answer.resolve('quotes of A'));
    await view.render(<Probe k="B" load={b.loader('B')} />);
    expect(text()).toBe('loading');
  });

  it('drops an answer that arrives after its key changed', async () => {
    const b = backend();
    view = await mount(<Probe k="A" load={b.loader('A')} />);
    await view.render(<Probe k="B" load={b.loader('B')} />);
    await settle(() => b.asked[1]?.answer.resolve('quotes of B'));
    await settle(() => b.asked[0]?.answer.resolve('quotes of A'));
    expect(text()).toBe('ready:quotes of B');
  });

  it('keeps the current answer on screen while a refresh runs, then shows the new one', async () => {
    const b = backend();
    view = await mount(<Probe k="A" load={b.loader('A')} refresh={1} />);
    await settle(() => b.asked[0]?.answer.resolve('first'));
    await view.render(<Probe k="A" load={b.loader('A')} refresh={2} />);
    expect(text()).toBe('ready:first:refreshing');
    await settle(() => b.asked[1]?.answer.resolve('second'));
    expect(text()).toBe('ready:second');
  });

  it('reports a failure with the thrown message', async () => {
    const b = backend();
    view = await mount(<Probe k="A" load={b.loader('A')} />);
    await settle(() => b.asked[0]?.answer.reject(new Error('The project is closed.')));
    expect(text()).toBe('failed:The project is closed.');
  });

  it('fetches nothing while the key is null', async () => {
    const b = backend();
    view = await mount(<Probe k={null} load={b.loader('none')} />);
    expect({ text: text(), asked: b.asked.length }).toEqual({ text: 'idle', asked: 0 });
  });

  it('asks again for the same key only when the refresh key changes', async () => {
    const b = backend();
    view = await mount(<Probe k="A" load={b.loader('A')} refresh={1} />);
    await view.render(<Probe k="A" load={b.loader('A')} refresh={1} />);
    await view.render(<Probe k="A" load={b.loader('A')} refresh={2} />);
    expect(b.asked.map((a) => a.key)).toEqual(['A', 'A']);
  });
});
