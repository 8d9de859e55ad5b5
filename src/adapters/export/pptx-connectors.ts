import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { LayoutBox, LayoutConnector, StructureLayout } from '../../core/structure';
import { escapeXml } from '../../core/structure';

/** Connection sites of a (rounded) rectangle in DrawingML: top, left, bottom, right. */
const SITE = { left: 1, right: 3 } as const;
const EMU_PER_INCH = 914_400;

export interface ConnectorStyle {
  /** Layout px → inches (the slide's scale). */
  readonly inch: (px: number) => number;
  readonly colour: string;
  readonly namePrefix: string;
  /** Where the slide's content starts, in inches (page margins). */
  readonly offset: { readonly x: number; readonly y: number };
}

interface Leg {
  readonly name: string;
  readonly from: LayoutBox;
  readonly to: LayoutBox;
  /** Elbow connectors turn at this x (the bracket's spine); straight ones have none. */
  readonly bendX: number | null;
}

/**
 * One leg per child: a bracket becomes elbow connectors from each concept to its theme, turning at
 * the bracket's spine (together they draw the `]` and its stem), and a line stays a straight
 * connector. Legs are glued to the boxes' sides, so PowerPoint reroutes them when a box moves.
 */
function legs(connectors: readonly LayoutConnector[], boxes: ReadonlyMap<string, LayoutBox>, prefix: string): Leg[] {
  const out: Leg[] = [];
  for (const c of connectors) {
    const to = boxes.get(c.parentBoxId);
    if (to === undefined) continue;
    const spine = c.kind === 'bracket' ? (c.polylines[0]?.[1]?.x ?? null) : null;
    c.childBoxIds.forEach((id, i) => {
      const from = boxes.get(id);
      if (from !== undefined) out.push({ name: `${prefix}${c.id} ${i}`, from, to, bendX: spine });
    });
  }
  return out;
}

function connectorXml(leg: Leg, id: number, fromId: number, toId: number, s: ConnectorStyle): string {
  const emu = (inches: number) => Math.round(inches * EMU_PER_INCH);
  const x1 = leg.from.x + leg.from.w;
  const y1 = leg.from.y + leg.from.h / 2;
  const x2 = leg.to.x;
  const y2 = leg.to.y + leg.to.h / 2;
  const flipV = y2 < y1;
  const off = { x: emu(s.offset.x + s.inch(Math.min(x1, x2))), y: emu(s.offset.y + s.inch(Math.min(y1, y2))) };
  const ext = { cx: emu(s.inch(Math.abs(x2 - x1))), cy: emu(s.inch(Math.abs(y2 - y1))) };
  const bent = leg.bendX !== null && Math.abs(y2 - y1) > 0.5;
  const adj = bent && x2 !== x1 ? Math.round((((leg.bendX ?? x1) - x1) / (x2 - x1)) * 100_000) : 50_000;
  const geometry = bent
    ? `<a:prstGeom prst="bentConnector3"><a:avLst><a:gd name="adj1" fmla="val ${adj}"/></a:avLst></a:prstGeom>`
    : '<a:prstGeom prst="straightConnector1"><a:avLst/></a:prstGeom>';
  return [
    '<p:cxnSp>',
    '<p:nvCxnSpPr>',
    `<p:cNvPr id="${id}" name="${escapeXml(leg.name)}"/>`,
    `<p:cNvCxnSpPr><a:stCxn id="${fromId}" idx="${SITE.right}"/><a:endCxn id="${toId}" idx="${SITE.left}"/></p:cNvCxnSpPr>`,
    '<p:nvPr/>',
    '</p:nvCxnSpPr>',
    '<p:spPr>',
    `<a:xfrm${flipV ? ' flipV="1"' : ''}><a:off x="${off.x}" y="${off.y}"/><a:ext cx="${ext.cx}" cy="${ext.cy}"/></a:xfrm>`,
    geometry,
    `<a:ln w="9525"><a:solidFill><a:srgbClr val="${s.colour}"/></a:solidFill></a:ln>`,
    '</p:spPr>',
    '</p:cxnSp>',
  ].join('');
}

/**
 * Adds the figure's connectors to a slide pptxgenjs wrote (it has no connector shapes): finds each
 * box's shape id by its name, in layout order, and inserts glued connectors beneath the boxes.
 */
export function addConnectors(
  pptx: Uint8Array,
  slidePaths: readonly string[],
  layouts: readonly StructureLayout[],
  s: ConnectorStyle,
): Buffer {
  const files = unzipSync(pptx);
  slidePaths.forEach((path, i) => {
    const layout = layouts[i];
    const file = files[path];
    if (layout === undefined || file === undefined) return;
    let xml = strFromU8(file);
    const boxIds = [...xml.matchAll(/<p:cNvPr id="(\d+)" name="Box: /g)].map((m) => Number(m[1]));
    const byBox = new Map(layout.boxes.map((b, k) => [b.id, { box: b, shapeId: boxIds[k] }] as const));
    let next = Math.max(0, ...[...xml.matchAll(/<p:cNvPr id="(\d+)"/g)].map((m) => Number(m[1]))) + 1;
    const parts = legs(layout.connectors, new Map(layout.boxes.map((b) => [b.id, b] as const)), s.namePrefix).flatMap((leg) => {
      const from = byBox.get(leg.from.id)?.shapeId;
      const to = byBox.get(leg.to.id)?.shapeId;
      return from === undefined || to === undefined ? [] : [connectorXml(leg, next++, from, to, s)];
    });
    const firstBox = xml.search(/<p:sp>(?:(?!<\/p:sp>).)*?name="Box: /s);
    const at = firstBox < 0 ? xml.lastIndexOf('</p:spTree>') : firstBox;
    xml = xml.slice(0, at) + parts.join('') + xml.slice(at);
    files[path] = strToU8(xml);
  });
  return Buffer.from(zipSync(files, { level: 6 }));
}
