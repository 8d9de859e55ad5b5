import { counted } from '../../core/exchange-report';
import { shownName } from '../../core/text-rules';
import { normaliseGuid } from './guid';
import type { LinkDirection, RefiLink } from './model';
import { guidOf, nameOf, noteRefs, type ReadContext } from './read-elements';
import { kid, kids, type XmlElement } from './xml-read';

const DIRECTIONS: readonly LinkDirection[] = ['Associative', 'OneWay', 'Bidirectional'];

/** `<Links>`: relations between codes, selections, sources, notes… A link missing an end is reported. */
export function readLinks(ctx: ReadContext, root: XmlElement): RefiLink[] {
  const parent = kid(root, 'Links');
  if (parent === undefined) return [];
  const out: RefiLink[] = [];
  for (const link of kids(parent, 'Link')) {
    const originGuid = normaliseGuid(link.attrs['originGUID']);
    const targetGuid = normaliseGuid(link.attrs['targetGUID']);
    const name = nameOf(ctx, link.attrs['name'], '', 'Link');
    if (originGuid === null || targetGuid === null) {
      ctx.skipped.push(
        `Link "${shownName(name)}" names no ${originGuid === null ? 'origin' : 'target'} (originGUID/targetGUID); it was not imported.`,
      );
      continue;
    }
    const direction = DIRECTIONS.find((d) => d.toLowerCase() === (link.attrs['direction'] ?? '').toLowerCase()) ?? 'Associative';
    const colour = /^#[0-9a-f]{6}$/i.test(link.attrs['color'] ?? '') ? (link.attrs['color'] ?? '').toLowerCase() : null;
    out.push({ guid: guidOf(ctx, link, 'Link'), name, direction, colour, originGuid, targetGuid, noteGuids: noteRefs(link) });
  }
  return out;
}

/** Graphs (ATLAS.ti networks, NVivo maps) are drawings Gioia Studio does not keep: each is named in the report. */
export function reportGraphs(ctx: ReadContext, root: XmlElement): void {
  const parent = kid(root, 'Graphs');
  if (parent === undefined) return;
  for (const graph of kids(parent, 'Graph')) {
    const name = (graph.attrs['name'] ?? '').trim() || 'without a name';
    const vertices = kids(graph, 'Vertex').length;
    const edges = kids(graph, 'Edge').length;
    ctx.skipped.push(
      `Graph "${shownName(name)}" (${counted(vertices, 'shape')}, ${counted(edges, 'line')}) was not imported: Gioia Studio draws its own data structure; the codes and links it shows are kept.`,
    );
  }
}
