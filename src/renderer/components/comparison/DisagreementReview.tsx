import { useState } from 'react';
import type { Disagreement, Resolution } from '../../../shared/features/comparison-types';
import type { CoderRow } from '../../../shared/types';
import { useApiQuery } from '../../lib/use-api-query';
import { QueryStatus } from '../ui/QueryStatus';
import { Excerpt } from './Excerpt';
import { msg } from '../../messages';

interface Props {
  readonly codeName: string;
  readonly coderA: CoderRow;
  readonly coderB: CoderRow;
  readonly items: readonly Disagreement[];
  readonly index: number;
  readonly onIndex: (i: number) => void;
  readonly onResolve: (item: Disagreement, resolution: Resolution) => void;
  readonly busy: boolean;
}

function ranges(list: readonly { start: number; end: number }[]): string {
  return list.length === 0 ? msg.compare.notCoded : list.map((r) => `${r.start}–${r.end}`).join(', ');
}

/** One disagreement at a time: both coders' codings side by side, next/previous, and its resolution into consensus. */
export function DisagreementReview({ codeName, coderA, coderB, items, index, onIndex, onResolve, busy }: Props) {
  const item = items[index];
  // The consensus range being edited, for the item it was started on; another item starts from its own range.
  const [edited, setEdited] = useState<{ readonly item: Disagreement; readonly start: number; readonly end: number } | null>(null);
  const edit = edited !== null && edited.item === item ? edited : { start: item?.start ?? 0, end: item?.end ?? 0 };
  const setEdit = (range: { start: number; end: number }) => item !== undefined && setEdited({ item, ...range });
  const doc = useApiQuery('getDocument', item === undefined ? null : { documentId: item.documentId });

  if (items.length === 0) {
    return (
      <section className="review" aria-label={msg.compare.disagreements}>
        <h2 className="review-title">{codeName}</h2>
        <p className="placeholder">{msg.compare.noDisagreements}</p>
      </section>
    );
  }
  if (item === undefined) return null;
  const text = doc.status === 'ready' ? doc.value.text : undefined;
  const resolve = (r: Resolution) => onResolve(item, r);
  return (
    <section className="review" aria-label={msg.compare.disagreements}>
      <div className="review-head">
        <h2>{msg.compare.title(codeName, item.documentName)}</h2>
        <span className="review-nav">
          <button type="button" onClick={() => onIndex(index - 1)} disabled={index === 0} aria-label={msg.compare.previous}>
            {msg.compare.previousButton}
          </button>{' '}
          <span aria-live="polite">{msg.common.position(index + 1, items.length)}</span>{' '}
          <button type="button" onClick={() => onIndex(index + 1)} disabled={index + 1 >= items.length} aria-label={msg.compare.next}>
            {msg.compare.nextButton}
          </button>
        </span>
      </div>
      <div className="legend" aria-hidden="true">
        <span>
          <mark className="seg-a">A</mark> {coderA.name}
        </span>
        <span>
          <mark className="seg-b">B</mark> {coderB.name}
        </span>
        <span>
          <mark className="overlap">{msg.compare.both}</mark> {msg.compare.overlap(item.overlapRatio * 100)}
        </span>
        <span>
          <mark className="seg-consensus">{msg.compare.consensus}</mark>
        </span>
      </div>
      {text === undefined ? (
        <QueryStatus query={doc} loading={msg.common.loadingTranscript} className="placeholder" />
      ) : (
        <div className="side-by-side">
          <Excerpt
            title={msg.compare.coderA(coderA.name)}
            side="a"
            text={text}
            extent={item}
            mine={item.a}
            overlap={item.overlap}
            consensus={item.consensus}
          />
          <Excerpt
            title={msg.compare.coderB(coderB.name)}
            side="b"
            text={text}
            extent={item}
            mine={item.b}
            overlap={item.overlap}
            consensus={item.consensus}
          />
        </div>
      )}
      <p className="consensus-state">
        {msg.compare.state(ranges(item.a), ranges(item.b))}
        <strong>{msg.compare.consensusLabel}</strong>: {ranges(item.consensus)}
      </p>
      <div className="resolve" role="group" aria-label={msg.compare.resolve}>
        <button type="button" disabled={busy || item.a.length === 0} onClick={() => resolve({ kind: 'acceptA' })}>
          {msg.compare.acceptA}
        </button>
        <button type="button" disabled={busy || item.b.length === 0} onClick={() => resolve({ kind: 'acceptB' })}>
          {msg.compare.acceptB}
        </button>
        <button type="button" disabled={busy} onClick={() => resolve({ kind: 'union' })}>
          {msg.compare.union}
        </button>
        <button type="button" disabled={busy || item.overlap.length === 0} onClick={() => resolve({ kind: 'intersection' })}>
          {msg.compare.intersection}
        </button>
        <label>
          {msg.compare.from}{' '}
          <input
            type="number"
            aria-label={msg.compare.consensusStart}
            value={edit.start}
            min={0}
            onChange={(e) => setEdit({ ...edit, start: Number(e.target.value) })}
          />
        </label>
        <label>
          {msg.compare.to}{' '}
          <input
            type="number"
            aria-label={msg.compare.consensusEnd}
            value={edit.end}
            min={0}
            onChange={(e) => setEdit({ ...edit, end: Number(e.target.value) })}
          />
        </label>
        <button
          type="button"
          disabled={busy || !(edit.end > edit.start)}
          onClick={() => resolve({ kind: 'edit', start: edit.start, end: edit.end })}
        >
          {msg.compare.applyEdit}
        </button>
      </div>
    </section>
  );
}
