import type { LayoutBox, LayoutConnector, Point } from './layout-types';

const rightMid = (b: LayoutBox): Point => ({ x: b.x + b.w, y: b.y + b.h / 2 });
const leftMid = (b: LayoutBox): Point => ({ x: b.x, y: b.y + b.h / 2 });

/**
 * A `]` bracket spanning a group of child boxes, with a stem to the parent at the parent's middle.
 * The stem is straight because the layout centres each theme on its concept group.
 *
 * @param tick how far right of the children's edge the bracket's spine stands
 */
export function bracketConnector(children: readonly LayoutBox[], parent: LayoutBox, tick: number): LayoutConnector {
  const first = children[0];
  const last = children[children.length - 1];
  if (first === undefined || last === undefined) throw new Error('A bracket needs at least one child box.');
  const edge = Math.max(...children.map((c) => c.x + c.w));
  const spine = edge + tick;
  const inset = Math.min(4, first.h / 4);
  const top = first.y + inset;
  const bottom = last.y + last.h - inset;
  const mid = parent.y + parent.h / 2;
  return {
    id: `bracket:${parent.id}`,
    kind: 'bracket',
    parentBoxId: parent.id,
    childBoxIds: children.map((c) => c.id),
    polylines: [
      [
        { x: edge + tick / 3, y: top },
        { x: spine, y: top },
        { x: spine, y: bottom },
        { x: edge + tick / 3, y: bottom },
      ],
      [
        { x: spine, y: Math.min(Math.max(mid, top), bottom) },
        { x: parent.x, y: mid },
      ],
    ],
  };
}

/** A straight line from a child's right edge to its parent's left edge; lines of siblings converge. */
export function lineConnector(child: LayoutBox, parent: LayoutBox): LayoutConnector {
  return {
    id: `line:${child.id}`,
    kind: 'line',
    parentBoxId: parent.id,
    childBoxIds: [child.id],
    polylines: [[rightMid(child), leftMid(parent)]],
  };
}
