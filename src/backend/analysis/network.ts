import { svgToPdf, svgToPngAsync } from '../../adapters/export';
import { cooccurrenceNetwork, renderNetworkSvg, type CooccurrenceNetwork } from '../../core/matrix';
import type { ValidParams } from '../../shared/contract';
import type { ExportedFile } from '../../shared/features/analysis-types';
import type { ProjectStore } from '../../storage';
import { describeFilter, effectiveFilter } from './coder-scope';
import { exported, fileStem, filterSuffix } from './files';
import { getMatrix } from './matrix';

/** Nodes and edges by code id and name, for network tools (Gephi, R, Python) and for checking. */
function networkJson(net: CooccurrenceNetwork, codings: string | null): string {
  const json = {
    title: net.title,
    ...(codings === null ? {} : { codings }),
    weight: net.count === 'segments' ? 'shared passages (pairs of co-occurring segments)' : 'shared documents',
    minWeight: net.minWeight,
    nodes: net.nodes.map((n) => ({ codeId: n.codeId, name: n.name, group: n.group, total: n.total })),
    edges: net.edges.map((e) => ({
      source: net.nodes[e.source]?.codeId,
      target: net.nodes[e.target]?.codeId,
      sourceName: net.nodes[e.source]?.name,
      targetName: net.nodes[e.target]?.name,
      weight: e.weight,
    })),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

/** The network as SVG, PNG or PDF (one drawing) or JSON; the title says whose codings it counts. */
export async function exportNetwork(store: ProjectStore, p: ValidParams<'exportNetwork'>): Promise<ExportedFile> {
  const filter = effectiveFilter(store, p.filter);
  const note = describeFilter(store, filter);
  const m = getMatrix(store, { by: 'cooccurrence', level: p.level, count: p.count, filter });
  const net = cooccurrenceNetwork(note === null ? m : { ...m, title: `${m.title}. ${note}` }, p.minWeight);
  const stem = fileStem(store) + filterSuffix(filter);
  const kind = `network-${p.level}-by-${p.count}`;
  const notes = [
    ...(p.minWeight > 1 ? [`Links under ${p.minWeight} left out.`] : []),
    `${net.nodes.length} codes, ${net.edges.length} links.`,
    ...(note === null ? [] : [note]),
  ];
  if (p.format === 'json') return exported(stem, kind, 'json', networkJson(net, note), notes);
  const drawn = renderNetworkSvg(net);
  switch (p.format) {
    case 'svg':
      return exported(stem, kind, 'svg', drawn.svg, notes);
    case 'png': {
      const r = await svgToPngAsync(drawn.svg, drawn.width, p.dpi, drawn.height);
      return exported(stem, kind, 'png', r.png, [...notes, `${r.width} × ${r.height} px at ${r.dpi} dpi; text drawn in ${r.font}.`]);
    }
    case 'pdf': {
      const r = await svgToPdf(drawn.svg, drawn.width, drawn.height, net.title);
      return exported(stem, kind, 'pdf', r.pdf, [...notes, ...r.notes]);
    }
  }
}
