import { describe, expect, it } from 'vitest';
import { cooccurrenceMatrix, cooccurrenceNetwork, layoutNetwork, renderNetworkSvg } from '../../../src/core/matrix';
import { CODES, code, fact } from './build';

/**
 * a+c on one segment in d1; a and b on overlapping segments of one coder in d2, and again on one
 * segment there; b+c on one segment in d1; z coded nowhere.
 */
const FACTS = [
  fact('s1', 'a', 'd1', 0, 10),
  fact('s1', 'c', 'd1', 0, 10),
  fact('s2', 'a', 'd2', 0, 10),
  fact('s3', 'b', 'd2', 5, 20),
  fact('s4', 'a', 'd2', 50, 60),
  fact('s4', 'b', 'd2', 50, 60),
  fact('s5', 'b', 'd1', 100, 110),
  fact('s5', 'c', 'd1', 100, 110),
];

const network = (count: 'segments' | 'documents' = 'segments', minWeight = 1, level: 'concept' | 'theme' = 'concept', codes = CODES) =>
  cooccurrenceNetwork(cooccurrenceMatrix({ codes, facts: FACTS, level, count, title: 'Net' }), minWeight);

const pairs = (net: ReturnType<typeof network>) => net.edges.map((e) => [net.nodes[e.source]?.name, net.nodes[e.target]?.name, e.weight]);

describe('cooccurrenceNetwork', () => {
  it('makes an edge of every pair of concepts that meet, weighted by shared passages, strongest first', () => {
    expect(pairs(network())).toEqual([
      ['a', 'b', 2],
      ['a', 'c', 1],
      ['b', 'c', 1],
    ]);
  });

  it('weights edges by shared documents when asked', () => {
    expect(pairs(network('documents'))).toEqual([
      ['a', 'b', 1],
      ['a', 'c', 1],
      ['b', 'c', 1],
    ]);
  });

  it('keeps every concept as a node in figure order with its own passage count, even one with no edge', () => {
    const net = network();
    expect(net.nodes.map((n) => [n.name, n.group, n.total])).toEqual([
      ['a', 'T1', 3],
      ['b', 'T1', 3],
      ['c', 'T2', 2],
      ['z', null, 0],
    ]);
  });

  it('leaves out edges lighter than the minimum weight but keeps their nodes', () => {
    const net = network('segments', 2);
    expect(pairs(net)).toEqual([['a', 'b', 2]]);
    expect(net.nodes).toHaveLength(4);
    expect(net.maxWeight).toBe(2);
  });

  it('joins themes through the passages their concepts share', () => {
    expect(pairs(network('segments', 1, 'theme'))).toEqual([['T1', 'T2', 2]]);
    expect(pairs(network('documents', 1, 'theme'))).toEqual([['T1', 'T2', 1]]);
  });

  it('gives an edge the segments behind its weight', () => {
    expect(network().edges[0]?.segmentIds).toEqual(['s2', 's3', 's4']);
  });
});

describe('layoutNetwork', () => {
  it('puts the first node at the top of the circle', () => {
    const l = layoutNetwork(network());
    expect(l.nodes[0]?.x).toBe(l.cx);
    expect(l.nodes[0]?.y).toBeCloseTo(l.cy - l.radius, 1);
  });

  it('leaves one empty place on the circle between groups', () => {
    // a, b | gap | c | gap | z | gap: seven places.
    const l = layoutNetwork(network());
    expect(l.nodes.map((n) => Math.round((n.angle / (2 * Math.PI)) * 7))).toEqual([0, 1, 3, 5]);
  });

  it('draws heavier edges wider, on a scale the threshold does not change', () => {
    const all = layoutNetwork(network());
    const thin = layoutNetwork(network('segments', 2));
    const widthOf = (l: typeof all, weight: number, net = network()) => l.edges.find((e) => net.edges[e.edge]?.weight === weight)?.width;
    expect(widthOf(all, 2)).toBeGreaterThan(widthOf(all, 1) ?? Infinity);
    expect(widthOf(thin, 2, network('segments', 2))).toBe(widthOf(all, 2));
  });

  it('keeps every node where it was when the threshold thins the edges', () => {
    const at = (l: ReturnType<typeof layoutNetwork>) => l.nodes.map((n) => [n.x, n.y]);
    expect(at(layoutNetwork(network('segments', 2)))).toEqual(at(layoutNetwork(network())));
  });
});

describe('renderNetworkSvg', () => {
  it('draws the same SVG for the same input', () => {
    expect(renderNetworkSvg(network()).svg).toBe(renderNetworkSvg(network()).svg);
  });

  it('marks each edge with its pair and weight, and a node no edge touches as isolated', () => {
    const svg = renderNetworkSvg(network('segments', 2)).svg;
    expect([...svg.matchAll(/data-edge="(\d+-\d+)" data-weight="(\d+)"/g)].map((m) => `${m[1]}:${m[2]}`)).toEqual(['0-1:2']);
    expect(svg).toMatch(/class="node isolated" data-code-id="c"/);
    expect(svg).toContain('Links under 2 are not drawn.');
  });

  it('escapes code names', () => {
    const codes = CODES.map((c) => (c.id === 'a' ? { ...code('a', 'concept', 'T1', 0), name: 'cost <&> "care"' } : c));
    const svg = renderNetworkSvg(network('segments', 1, 'concept', codes)).svg;
    expect(svg).toContain('cost &lt;&amp;&gt; &quot;care&quot;');
    expect(svg).not.toContain('<&>');
  });

  it('sets labels along the radius once there are many codes', () => {
    const many = Array.from({ length: 14 }, (_, i) => code(`k${i}`, 'concept', 'T1', i));
    const net = cooccurrenceNetwork(
      cooccurrenceMatrix({ codes: [...CODES, ...many], facts: FACTS, level: 'concept', count: 'segments', title: '' }),
    );
    expect(layoutNetwork(net).nodes.some((n) => n.label.rotate !== 0)).toBe(true);
    expect(layoutNetwork(network()).nodes.every((n) => n.label.rotate === 0)).toBe(true);
  });
});
