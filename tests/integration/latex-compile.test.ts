import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Call } from './helpers/coding-backend';
import { codingBackend, projectWithTexts } from './helpers/coding-backend';

const has = (bin: string) => spawnSync(bin, ['--version'], { encoding: 'utf8' }).status === 0;
const PDFLATEX = has('pdflatex');
/** fontspec needs its default OpenType fonts (Latin Modern) loadable by luaotfload; probe with an empty document. */
function lualatexWorks(): boolean {
  if (!has('lualatex')) return false;
  const dir = mkdtempSync(join(tmpdir(), 'gioia-lua-'));
  writeFileSync(join(dir, 'probe.tex'), '\\documentclass{article}\\usepackage{fontspec}\\begin{document}x\\end{document}\n');
  return spawnSync('lualatex', ['-interaction=nonstopmode', '-halt-on-error', 'probe.tex'], { cwd: dir, timeout: 60_000 }).status === 0;
}
const LUALATEX = lualatexWorks();

/** The names that broke pdflatex: booktabs lookahead, every special, ungrouped rows, emoji, Greek. */
const HOSTILE = {
  dimension: '(Dis)trust & % $ # _ { } ~ ^ \\',
  theme: '[Re]building',
  concepts: ['*starred* start', 'emoji 😀 and Ωmega', '"straight" quotes – dash'],
  ungrouped: '(loose) concept',
};

/** The table wider than the text block shows as an overfull alignment; a word wider than its column as an overfull paragraph. */
const WIDER_THAN_TEXT = /Overfull \\hbox[^\n]*in alignment/;
const ANY_OVERFULL = /Overfull \\hbox/;

/** Compiles a .tex export wrapped in the preamble its own header comment lists; returns the log. */
function compile(tex: string, engine: 'pdflatex' | 'lualatex'): { ok: boolean; log: string; pdf: string } {
  const dir = mkdtempSync(join(tmpdir(), 'gioia-tex-'));
  const preamble = tex
    .split('\n')
    .filter((l) => /^%\s+\\usepackage/.test(l))
    .map((l) => l.replace(/^%\s+/, ''));
  writeFileSync(join(dir, 'table.tex'), tex);
  writeFileSync(
    join(dir, 'main.tex'),
    ['\\documentclass{article}', ...preamble, '\\begin{document}', '\\input{table}', '\\end{document}', ''].join('\n'),
  );
  const run = spawnSync(engine, ['-interaction=nonstopmode', '-halt-on-error', 'main.tex'], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 120_000,
  });
  const log = readFileSync(join(dir, 'main.log'), 'latin1');
  return { ok: run.status === 0, log, pdf: join(dir, 'main.pdf') };
}

async function hostileProject(): Promise<Call> {
  const { call, ids } = await projectWithTexts({ 'P1.txt': 'We trust them 😀 again.\n\nThey rebuild it.\n' });
  const doc = ids['P1.txt'];
  if (doc === undefined) throw new Error('no document');
  const d = await call('createCode', { level: 'dimension', name: HOSTILE.dimension });
  const t = await call('createCode', { level: 'theme', name: HOSTILE.theme, parentId: d.id });
  for (const name of HOSTILE.concepts) await call('createCode', { level: 'concept', name, parentId: t.id });
  const loose = await call('createCode', { level: 'concept', name: HOSTILE.ungrouped });
  await call('codeSelection', { documentId: doc, start: 0, end: 22, codeIds: [loose.id] });
  return call;
}

async function texExports(call: Call): Promise<Array<{ name: string; tex: string }>> {
  const decode = (f: { dataBase64: string }) => Buffer.from(f.dataBase64, 'base64').toString('utf8');
  const out: Array<{ name: string; tex: string }> = [];
  for (const showCounts of [false, true]) {
    const f = await call('exportStructure', { format: 'tex', options: { showCounts } });
    out.push({ name: `structure${showCounts ? ' with counts' : ''}`, tex: decode(f) });
  }
  for (const memos of [false, true]) {
    const f = await call('exportQuotesTable', { format: 'tex', perConcept: 3, memos });
    out.push({ name: `quotes${memos ? ' with memos' : ''}`, tex: decode(f) });
  }
  return out;
}

describe.skipIf(!PDFLATEX)('LaTeX exports compile with pdflatex (skipped only where pdflatex is not installed)', () => {
  it('compiles every .tex export of the demo study without errors, within the text block and without overfull lines', async () => {
    const { call } = codingBackend();
    await call('openDemoProject');
    for (const { name, tex } of await texExports(call)) {
      const r = compile(tex, 'pdflatex');
      expect(r.ok, `${name}: ${r.log.slice(-1500)}`).toBe(true);
      expect(r.log, name).not.toMatch(name.includes('memos') ? WIDER_THAN_TEXT : ANY_OVERFULL);
    }
  }, 120_000);

  it('compiles a structure whose names start with ( and [ and hold every special character and emoji', async () => {
    const call = await hostileProject();
    const exports = await texExports(call);
    for (const { name, tex } of exports) {
      const r = compile(tex, 'pdflatex');
      expect(r.ok, `${name}: ${r.log.slice(-1500)}`).toBe(true);
      expect(r.log, name).not.toMatch(WIDER_THAN_TEXT);
    }
    // Narrow cells wrap and hyphenate: compare the words without line breaks and spaces.
    const printed = spawnSync('pdftotext', [compile(exports[0]?.tex ?? '', 'pdflatex').pdf, '-'], { encoding: 'utf8' }).stdout;
    const text = printed.replace(/-\n/g, '').replace(/\s+/g, '');
    expect(text).toContain('(Dis)trust&%$#_{}~^\\');
    expect(text).toContain('[Re]building');
    expect(text).toContain('(notyetgrouped)');
    expect(text).toContain('[U+1F600]');
  }, 120_000);

  it('reports the characters it had to mark for pdflatex', async () => {
    const call = await hostileProject();
    const f = await call('exportStructure', { format: 'tex', options: {} });
    expect(f.notes.join(' ')).toContain('pdflatex cannot typeset 😀 (U+1F600)');
  });
});

describe.skipIf(!LUALATEX)('the Unicode LaTeX option (skipped where lualatex cannot load the default fonts of fontspec)', () => {
  it('keeps Greek and emoji as characters and compiles with lualatex', async () => {
    const call = await hostileProject();
    const f = await call('exportStructure', { format: 'tex', options: { latexEngine: 'unicode' } });
    const tex = Buffer.from(f.dataBase64, 'base64').toString('utf8');
    expect(tex).toContain('emoji 😀 and Ωmega');
    const r = compile(tex, 'lualatex');
    expect(r.ok, r.log.slice(-1500)).toBe(true);
  }, 120_000);
});
