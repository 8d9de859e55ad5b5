import { describe, expect, it } from 'vitest';
import { buildGioiaStructure } from '../../../src/core/structure';
import { code, id } from './fixtures';

const codes = [
  code('d', 'dimension', null, 'Dimension', 0, '#5b8dbe'),
  code('t', 'theme', 'd', 'Theme', 0),
  code('c2', 'concept', 't', 'Beta', 2),
  code('c1', 'concept', 't', 'Alpha', 1),
  code('c3', 'concept', 't', 'Gamma', 3),
];

describe('buildGioiaStructure', () => {
  it('nests concepts under themes under dimensions in codebook order', () => {
    const s = buildGioiaStructure(codes);
    expect(s.dimensions[0]?.themes[0]?.concepts.map((c) => c.name)).toEqual(['Alpha', 'Beta', 'Gamma']);
  });

  it('gives a concept without counts zero segments and documents', () => {
    const s = buildGioiaStructure(codes);
    expect(s.dimensions[0]?.themes[0]?.concepts[0]?.counts).toEqual({ segments: 0, documents: 0 });
  });

  it('attaches the supplied concept counts', () => {
    const s = buildGioiaStructure(codes, { concepts: new Map([[id('c2'), { segments: 12, documents: 4 }]]) });
    expect(s.dimensions[0]?.themes[0]?.concepts[1]?.counts).toEqual({ segments: 12, documents: 4 });
  });

  it('leaves theme and dimension counts null unless the caller supplies them', () => {
    const s = buildGioiaStructure(codes, { themes: new Map([[id('t'), { segments: 5, documents: 2 }]]) });
    expect(s.dimensions[0]?.counts).toBeNull();
    expect(s.dimensions[0]?.themes[0]?.counts).toEqual({ segments: 5, documents: 2 });
  });

  it('orders concepts by segments, most first, then by name, in frequency order', () => {
    const concepts = new Map([
      [id('c1'), { segments: 1, documents: 1 }],
      [id('c2'), { segments: 9, documents: 1 }],
      [id('c3'), { segments: 1, documents: 1 }],
    ]);
    const s = buildGioiaStructure(codes, { concepts }, { order: 'frequency' });
    expect(s.dimensions[0]?.themes[0]?.concepts.map((c) => c.name)).toEqual(['Beta', 'Alpha', 'Gamma']);
  });

  it('orders themes by their concepts\u2019 segments in frequency order when no theme counts are given', () => {
    const rows = [
      code('d', 'dimension', null),
      code('quiet', 'theme', 'd', 'Quiet', 0),
      code('busy', 'theme', 'd', 'Busy', 1),
      code('c', 'concept', 'busy'),
    ];
    const s = buildGioiaStructure(rows, { concepts: new Map([[id('c'), { segments: 3, documents: 1 }]]) }, { order: 'frequency' });
    expect(s.dimensions[0]?.themes.map((t) => t.name)).toEqual(['Busy', 'Quiet']);
  });

  it('keeps ungrouped themes and concepts in a trailing group by default', () => {
    const s = buildGioiaStructure([...codes, code('lt', 'theme', null), code('lc', 'concept', null)]);
    expect(s.ungrouped?.themes.map((t) => t.id)).toEqual(['lt']);
    expect(s.ungrouped?.concepts.map((c) => c.id)).toEqual(['lc']);
  });

  it('drops the ungrouped group when asked to exclude it', () => {
    const s = buildGioiaStructure([...codes, code('lc', 'concept', null)], {}, { includeUngrouped: false });
    expect(s.ungrouped).toBeNull();
  });

  it('has no ungrouped group when every code is grouped', () => {
    expect(buildGioiaStructure(codes).ungrouped).toBeNull();
  });

  it('carries each code\u2019s colour and definition', () => {
    const s = buildGioiaStructure([{ ...code('d', 'dimension', null), colour: '#123456', definition: 'Why' }]);
    expect(s.dimensions[0]).toMatchObject({ colour: '#123456', definition: 'Why' });
  });
});
