import type { FigureDropTarget, Rect } from '../../../core/structure';

/**
 * What a drag would do, drawn over the figure at its own scale: the group that takes the box lit
 * up, the bar (or the outline of the group to be made) where it lands, and the connector it will
 * get, from the landing place to its new parent.
 */
export function FigureOverlay({ width, height, target }: { width: number; height: number; target: FigureDropTarget }) {
  const { highlight, landing, parent } = target;
  const merge = target.drop.kind === 'merge';
  const making = target.drop.kind === 'new-theme' || target.drop.kind === 'new-dimension';
  return (
    <svg
      className="figure-overlay"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      aria-hidden="true"
      data-drop={target.drop.kind}
    >
      {highlight !== null && <rect className={merge ? 'drop-merge' : 'drop-group'} {...rect(highlight)} rx={6} />}
      {!merge && <rect className={making ? 'drop-new' : 'drop-bar'} {...rect(landing)} rx={making ? 4 : 1.5} />}
      {!merge && parent !== null && (
        <path
          className="drop-connector"
          d={`M${landing.x + landing.w} ${landing.y + landing.h / 2} L${parent.x} ${parent.y + parent.h / 2}`}
        />
      )}
    </svg>
  );
}

function rect(r: Rect) {
  return { x: r.x, y: r.y, width: Math.max(0, r.w), height: Math.max(0, r.h) };
}
