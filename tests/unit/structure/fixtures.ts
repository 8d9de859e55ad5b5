import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CodeLevel } from '../../../src/core/codebook';
import type { CodeId } from '../../../src/core/ids';
import type { StructureCodeInput, StructureCounts } from '../../../src/core/structure';

export function code(
  id: string,
  level: CodeLevel,
  parentId: string | null,
  name = id,
  position = 0,
  colour: string | null = null,
): StructureCodeInput {
  return { id: id as CodeId, level, parentId: parentId as CodeId | null, name, position, definition: '', colour };
}

export const id = (s: string) => s as CodeId;

/** Builds codes from a nested outline: dimension name → theme name → concept names. */
export function outline(
  spec: ReadonlyArray<{ name: string; colour?: string; themes: ReadonlyArray<{ name: string; concepts: readonly string[] }> }>,
): StructureCodeInput[] {
  const codes: StructureCodeInput[] = [];
  spec.forEach((d, di) => {
    const did = `d${di}`;
    codes.push(code(did, 'dimension', null, d.name, di, d.colour ?? null));
    d.themes.forEach((t, ti) => {
      const tid = `${did}t${ti}`;
      codes.push(code(tid, 'theme', did, t.name, ti, d.colour ?? null));
      t.concepts.forEach((c, ci) => codes.push(code(`${tid}c${ci}`, 'concept', tid, c, ci, d.colour ?? null)));
    });
  });
  return codes;
}

interface DemoManifest {
  codebook: Array<{ dimension: string; colour: string; themes: Array<{ theme: string; concepts: Array<{ concept: string }> }> }>;
}

/** The demo project's codebook (2 dimensions, 5 themes, 16 concepts). */
export function demoCodes(): StructureCodeInput[] {
  const file = path.resolve(__dirname, '../../../resources/demo/project.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as DemoManifest;
  return outline(
    manifest.codebook.map((d) => ({
      name: d.dimension,
      colour: d.colour,
      themes: d.themes.map((t) => ({ name: t.theme, concepts: t.concepts.map((c) => c.concept) })),
    })),
  );
}

/** Deterministic counts for every concept: a small hash of its id. */
export function countsFor(codes: readonly StructureCodeInput[]): Map<CodeId, StructureCounts> {
  const counts = new Map<CodeId, StructureCounts>();
  for (const c of codes) {
    if (c.level !== 'concept') continue;
    let h = 7;
    for (const ch of c.id) h = (h * 31 + ch.charCodeAt(0)) % 997;
    counts.set(c.id, { segments: 1 + (h % 23), documents: 1 + (h % 4) });
  }
  return counts;
}

const WORDS = [
  'customer',
  'calling',
  'ahead',
  'script',
  'frontline',
  'improvising',
  'repair',
  'trust',
  'outage',
  'waiting',
  'explaining',
  'blame',
  'promise',
  'manager',
  'team',
  'loyalty',
  'credit',
  'apology',
  'delay',
  'rules',
];

/** A study the size of the worked example: 2 dimensions, 15 themes (11 + 4), 120 concepts. */
export function largeCodes(themes = 15, concepts = 120): StructureCodeInput[] {
  const pick = (n: number, k: number) => Array.from({ length: k }, (_, i) => WORDS[(n * 7 + i * 3) % WORDS.length]).join(' ');
  const first = Math.round((themes * 11) / 15);
  const dims = [
    { name: 'Facilitating activities', colour: '#5b8dbe', count: first },
    { name: 'Destructing activities', colour: '#c98a4b', count: themes - first },
  ];
  let n = 0;
  let t = 0;
  return outline(
    dims.map((d) => ({
      name: d.name,
      colour: d.colour,
      themes: Array.from({ length: d.count }, () => {
        const k = Math.floor(concepts / themes) + (t < concepts % themes ? 1 : 0);
        const name = `${pick(t, 2)} ${t++}`.replace(/^./, (c) => c.toUpperCase());
        return {
          name,
          concepts: Array.from({ length: k }, () => {
            n += 1;
            const text = pick(n, 2 + (n % 9));
            return n % 5 === 0 ? `"${text}"` : text.replace(/^./, (c) => c.toUpperCase());
          }),
        };
      }),
    })),
  );
}
