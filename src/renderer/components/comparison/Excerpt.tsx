import type { ReactNode } from 'react';

interface Range {
  readonly start: number;
  readonly end: number;
}

const CONTEXT = 90;

function inside(pos: number, ranges: readonly Range[]): boolean {
  return ranges.some((r) => r.start <= pos && pos < r.end);
}

/**
 * The transcript around a disagreement with one coder's ranges marked, the part both coders share
 * marked as overlap and the consensus coding underlined. Split at every range boundary so each
 * piece carries exactly the marks that apply to it.
 */
export function Excerpt(props: {
  readonly title: ReactNode;
  readonly text: string;
  readonly extent: Range;
  readonly mine: readonly Range[];
  readonly overlap: readonly Range[];
  readonly consensus: readonly Range[];
  readonly side: 'a' | 'b';
}) {
  const { text, extent, mine, overlap, consensus, side } = props;
  const from = Math.max(0, extent.start - CONTEXT);
  const to = Math.min(text.length, extent.end + CONTEXT);
  const cuts = new Set([from, to, extent.start, extent.end]);
  for (const r of [...mine, ...overlap, ...consensus]) {
    if (r.start > from && r.start < to) cuts.add(r.start);
    if (r.end > from && r.end < to) cuts.add(r.end);
  }
  const points = [...cuts].sort((x, y) => x - y);
  const pieces: ReactNode[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const s = points[i] as number;
    const e = points[i + 1] as number;
    const words = text.slice(s, e);
    let node: ReactNode = words;
    if (inside(s, consensus)) node = <mark className="seg-consensus">{node}</mark>;
    if (inside(s, overlap)) node = <mark className="overlap">{node}</mark>;
    else if (inside(s, mine)) node = <mark className={`seg-${side}`}>{node}</mark>;
    else if (s < extent.start || s >= extent.end) node = <span className="context">{words}</span>;
    pieces.push(<span key={s}>{node}</span>);
  }
  return (
    <section className="excerpt" aria-label={typeof props.title === 'string' ? props.title : undefined}>
      <h3>{props.title}</h3>
      <p>
        {from > 0 && '… '}
        {pieces}
        {to < text.length && ' …'}
      </p>
    </section>
  );
}
