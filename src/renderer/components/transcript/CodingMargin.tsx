import { memo, useLayoutEffect, useRef, useState } from 'react';
import type { SegmentId } from '../../../core/ids';
import type { CodeRow, SegmentRow } from '../../../shared/types';
import type { CodingLayer } from './coding-layer';
import { layoutStripes, type Stripe } from './stripe-layout';
import { msg } from '../../messages';

interface Props {
  readonly layer: CodingLayer | null;
  readonly codes: ReadonlyMap<string, CodeRow>;
  readonly selectedSegmentId: SegmentId | null;
  readonly onSelect: (id: SegmentId, anchor: DOMRect) => void;
  readonly onDragEdge: (segment: SegmentRow, edge: 'start' | 'end', clientY: number, done: boolean) => void;
}

const LANE_PX = 8;
/** Lanes beyond this share the last one: the margin keeps one width so stripes never reflow the text. */
const MAX_LANES = 8;

/**
 * The margin of coding stripes beside the transcript: one lane per overlapping code, labelled. It
 * shows what the coding layer has placed near the viewport and re-renders only when that changes
 * (a coding, a scroll past the painted window, a reflow), never per scroll frame.
 */
export function CodingMargin({ layer, codes, selectedSegmentId, onSelect, onDragEdge }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [layout, setLayout] = useState<{ stripes: Stripe[]; lanes: number }>({ stripes: [], lanes: 0 });

  useLayoutEffect(() => {
    const margin = ref.current;
    if (layer === null || margin === null) return;
    const update = () => setLayout(layoutStripes(layer.visible(), layer.offsetFrom(margin)));
    update();
    return layer.subscribe(update);
  }, [layer]);

  const lanes = Math.min(MAX_LANES, Math.max(1, layout.lanes));
  return (
    <div ref={ref} className="coding-margin" role="group" aria-label={msg.transcript.stripes}>
      <div className="coding-lanes">
        {layout.stripes.map((s) => {
          const code = codes.get(s.codeId);
          return (
            <StripeItem
              key={s.key}
              segment={s.segment}
              name={code?.name ?? msg.common.unknownCode}
              colour={code?.colour ?? '#9aa4b2'}
              top={s.top}
              height={s.height}
              labelTop={s.labelTop}
              left={Math.min(s.lane, MAX_LANES - 1) * LANE_PX}
              labelLeft={lanes * LANE_PX + 4}
              selected={s.segment.id === selectedSegmentId}
              onSelect={onSelect}
              onDragEdge={onDragEdge}
            />
          );
        })}
      </div>
    </div>
  );
}

interface StripeProps {
  readonly segment: SegmentRow;
  readonly name: string;
  readonly colour: string;
  readonly top: number;
  readonly height: number;
  readonly labelTop: number;
  readonly left: number;
  readonly labelLeft: number;
  readonly selected: boolean;
  readonly onSelect: Props['onSelect'];
  readonly onDragEdge: Props['onDragEdge'];
}

/** One stripe; a new coding re-renders its own stripe, not the margin's others (all props are plain values). */
const StripeItem = memo(function StripeItem(props: StripeProps) {
  const { segment, name, colour, top, height, labelTop, left, labelLeft, selected, onSelect, onDragEdge } = props;
  return (
    <div>
      <button
        type="button"
        className={`stripe${selected ? ' selected' : ''}`}
        aria-label={`${name}: “${segment.quote.slice(0, 60)}”`}
        aria-pressed={selected}
        title={name}
        style={{ top, height, left, backgroundColor: colour }}
        onClick={(e) => onSelect(segment.id, e.currentTarget.getBoundingClientRect())}
      />
      <span className="stripe-label" aria-hidden="true" style={{ top: labelTop, left: labelLeft }}>
        {name}
      </span>
      {selected &&
        (['start', 'end'] as const).map((edge) => (
          <span
            key={edge}
            role="slider"
            tabIndex={-1}
            aria-label={msg.transcript.dragEdge(edge)}
            aria-valuenow={edge === 'start' ? segment.start : segment.end}
            className={`stripe-handle ${edge}`}
            style={{ top: edge === 'start' ? top - 4 : top + height - 4, left: left - 2 }}
            onPointerDown={(e) => {
              e.currentTarget.setPointerCapture(e.pointerId);
              e.preventDefault();
            }}
            onPointerMove={(e) => {
              if (e.currentTarget.hasPointerCapture(e.pointerId)) onDragEdge(segment, edge, e.clientY, false);
            }}
            onPointerUp={(e) => onDragEdge(segment, edge, e.clientY, true)}
          />
        ))}
    </div>
  );
});
