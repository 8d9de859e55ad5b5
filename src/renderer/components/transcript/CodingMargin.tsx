import { useLayoutEffect, useRef, useState } from 'react';
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
      {layout.stripes.map((s) => {
        const code = codes.get(s.codeId);
        const name = code?.name ?? msg.common.unknownCode;
        const selected = s.segment.id === selectedSegmentId;
        return (
          <div key={s.key}>
            <button
              type="button"
              className={`stripe${selected ? ' selected' : ''}`}
              aria-label={`${name}: “${s.segment.quote.slice(0, 60)}”`}
              aria-pressed={selected}
              title={name}
              style={{
                top: s.top,
                height: s.height,
                left: Math.min(s.lane, MAX_LANES - 1) * LANE_PX,
                backgroundColor: code?.colour ?? '#9aa4b2',
              }}
              onClick={(e) => onSelect(s.segment.id, e.currentTarget.getBoundingClientRect())}
            />
            <span className="stripe-label" aria-hidden="true" style={{ top: s.labelTop, left: lanes * LANE_PX + 4 }}>
              {name}
            </span>
            {selected &&
              (['start', 'end'] as const).map((edge) => (
                <span
                  key={edge}
                  role="slider"
                  tabIndex={-1}
                  aria-label={msg.transcript.dragEdge(edge)}
                  aria-valuenow={edge === 'start' ? s.segment.start : s.segment.end}
                  className={`stripe-handle ${edge}`}
                  style={{ top: edge === 'start' ? s.top - 4 : s.top + s.height - 4, left: Math.min(s.lane, MAX_LANES - 1) * LANE_PX - 2 }}
                  onPointerDown={(e) => {
                    e.currentTarget.setPointerCapture(e.pointerId);
                    e.preventDefault();
                  }}
                  onPointerMove={(e) => {
                    if (e.currentTarget.hasPointerCapture(e.pointerId)) onDragEdge(s.segment, edge, e.clientY, false);
                  }}
                  onPointerUp={(e) => onDragEdge(s.segment, edge, e.clientY, true)}
                />
              ))}
          </div>
        );
      })}
    </div>
  );
}
