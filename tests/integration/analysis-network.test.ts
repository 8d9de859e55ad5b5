import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../src/backend';
import type { CodeMatrix } from '../../src/core/matrix';
import { REAL_RESOURCES } from './helpers/fixtures';
import { tempDir } from './helpers/temp';

let backend: Backend | null = null;
afterEach(async () => {
  await backend?.dispose();
  backend = null;
});

async function demo(): Promise<Backend> {
  backend = createBackend({ dataDir: tempDir(), resourcesDir: REAL_RESOURCES, appVersion: 'test', platform: 'web' });
  await backend.handlers.openDemoProject({});
  return backend;
}

const text = (file: { dataBase64: string }) => Buffer.from(file.dataBase64, 'base64').toString('utf8');

/** "r-c:weight" of every pair above the diagonal with a count of at least `min`. */
function matrixPairs(m: CodeMatrix, min: number): string[] {
  const out: string[] = [];
  m.rows.forEach((_, r) =>
    m.rows.forEach((__, c) => {
      const n = m.cells[r]?.[c]?.count ?? 0;
      if (c > r && n >= min) out.push(`${r}-${c}:${n}`);
    }),
  );
  return out.sort();
}

const svgPairs = (svg: string) => [...svg.matchAll(/data-edge="(\d+-\d+)" data-weight="(\d+)"/g)].map((m) => `${m[1]}:${m[2]}`).sort();

describe('exportNetwork on the demo project', () => {
  it('draws one link per pair of concepts the co-occurrence matrix counts', async () => {
    const b = await demo();
    const m = await b.handlers.getCooccurrence({ level: 'concept', count: 'segments' });
    const file = await b.handlers.exportNetwork({ format: 'svg', level: 'concept', count: 'segments', minWeight: 1, dpi: 96 });
    expect(matrixPairs(m, 1).length).toBeGreaterThan(3);
    expect(svgPairs(text(file))).toEqual(matrixPairs(m, 1));
    expect(file.fileName).toMatch(/-network-concept-by-segments\.svg$/);
  });

  it('leaves out links under the minimum weight and says so in the file', async () => {
    const b = await demo();
    const m = await b.handlers.getCooccurrence({ level: 'theme', count: 'segments' });
    const file = await b.handlers.exportNetwork({ format: 'svg', level: 'theme', count: 'segments', minWeight: 2, dpi: 96 });
    expect(svgPairs(text(file))).toEqual(matrixPairs(m, 2));
    expect(matrixPairs(m, 2).length).toBeLessThan(matrixPairs(m, 1).length);
    expect(text(file)).toContain('Links under 2 are not drawn.');
  });

  it('lists nodes and links by code in JSON, weighted by shared documents when asked', async () => {
    const b = await demo();
    const m = await b.handlers.getCooccurrence({ level: 'theme', count: 'documents' });
    const file = await b.handlers.exportNetwork({ format: 'json', level: 'theme', count: 'documents', minWeight: 1, dpi: 96 });
    const json = JSON.parse(text(file)) as {
      nodes: Array<{ codeId: string }>;
      edges: Array<{ source: string; target: string; weight: number }>;
    };
    expect(json.nodes.map((n) => n.codeId)).toEqual(m.rows.map((r) => r.codeId));
    const index = (id: string) => m.rows.findIndex((r) => r.codeId === id);
    const pairs = json.edges.map(
      (e) => `${Math.min(index(e.source), index(e.target))}-${Math.max(index(e.source), index(e.target))}:${e.weight}`,
    );
    expect(pairs.sort()).toEqual(matrixPairs(m, 1));
  });

  it('counts only the chosen coder’s codings and names them in the title and the file name', async () => {
    const b = await demo();
    const ben = (await b.handlers.listCoders({})).find((c) => c.name === 'Ben Okafor');
    if (ben === undefined) throw new Error('the demo has Ben Okafor');
    const filter = { kind: 'coders' as const, coderIds: [ben.id] };
    const m = await b.handlers.getCooccurrence({ level: 'concept', count: 'segments', filter });
    const everyone = await b.handlers.getCooccurrence({ level: 'concept', count: 'segments' });
    const file = await b.handlers.exportNetwork({ format: 'svg', level: 'concept', count: 'segments', minWeight: 1, dpi: 96, filter });
    expect(matrixPairs(m, 1)).not.toEqual(matrixPairs(everyone, 1));
    expect(svgPairs(text(file))).toEqual(matrixPairs(m, 1));
    expect(text(file)).toContain('Codings: Ben Okafor.');
    expect(file.fileName).toContain('-one-coder-');
  });

  it('renders the same drawing as a PNG at the resolution asked for', async () => {
    const b = await demo();
    const svg = text(await b.handlers.exportNetwork({ format: 'svg', level: 'theme', count: 'segments', minWeight: 1, dpi: 96 }));
    const png = await b.handlers.exportNetwork({ format: 'png', level: 'theme', count: 'segments', minWeight: 1, dpi: 192 });
    const width = Number(/width="(\d+)"/.exec(svg)?.[1]);
    expect(PNG.sync.read(Buffer.from(png.dataBase64, 'base64')).width).toBe(width * 2);
  });

  it('writes a vector PDF whose text names the codes', async () => {
    const b = await demo();
    const file = await b.handlers.exportNetwork({ format: 'pdf', level: 'theme', count: 'segments', minWeight: 1, dpi: 96 });
    const path = join(tempDir(), 'network.pdf');
    writeFileSync(path, Buffer.from(file.dataBase64, 'base64'));
    const printed = spawnSync('pdftotext', [path, '-'], { encoding: 'utf8' }).stdout;
    expect(printed).toContain('Settling the account');
    expect(printed).toContain('Themes co-occurring in passages');
  });
});
