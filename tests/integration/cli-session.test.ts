import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import { tempDir } from './helpers/temp';

async function gioia(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  if (code !== 0) throw new Error(`gioia ${args.join(' ')} exited ${code}: ${err.join('\n')}`);
  return out.join('\n');
}

// Two 100-character interviews. Their lengths and the quoted passages make the hand arithmetic below legible.
const ONE = 'Interviewer: What did you do first? Lead: We rang every vulnerable customer before they rang us.'.padEnd(100, '.');
const TWO = 'Interviewer: And after that? Technician: I never promise a time I cannot keep to the customer.'.padEnd(100, '.');
const X = 'We rang every vulnerable customer'; // in ONE, 33 characters
const Y = 'I never promise a time'; // in TWO, 22 characters

/**
 * The acceptance script, CLI only: a session of Ana and Ben over both interviews; Ana codes both,
 * Ben codes only the first. Agreement must cover both documents (Ben's silence in the second is
 * disagreement), and after the disagreement is resolved the consensus figure counts each passage once.
 */
describe('a scripted two-coder session', () => {
  it('compares over both documents, with the values worked out by hand, and counts each consensus passage once', async () => {
    const dir = tempDir();
    const file = join(dir, 'study.gioia');
    writeFileSync(join(dir, 'one.txt'), ONE);
    writeFileSync(join(dir, 'two.txt'), TWO);
    writeFileSync(
      join(dir, 'codebook.json'),
      JSON.stringify({
        codebook: [{ dimension: 'Care', themes: [{ theme: 'Reaching out', concepts: [{ concept: 'Proactive contact' }] }] }],
      }),
    );
    await gioia('new', file);
    await gioia('import', file, join(dir, 'one.txt'), join(dir, 'two.txt'));
    await gioia('coders', file, '--add', 'Ana');
    await gioia('coders', file, '--add', 'Ben');
    await gioia('codebook', file, '--import', join(dir, 'codebook.json'));
    await gioia('sessions', file, '--create', 'Round 1', '--coder', 'Ana', '--coder', 'Ben');
    const code = (doc: string, quote: string, coder: string) =>
      gioia('code', file, '--doc', doc, '--quote', quote, '--concept', 'Proactive contact', '--coder', coder);
    await code('one', X, 'Ana');
    await code('two', Y, 'Ana');
    await code('one', X, 'Ben');

    const result = JSON.parse(await gioia('agreement', file, '--session', 'Round 1', '--json'));
    expect(result.documents.map((d: { name: string }) => d.name)).toEqual(['one', 'two']);
    expect(result.excludedDocuments).toEqual([]);
    // By hand, over N = 200 characters: both coded X (33); only Ana coded Y (22); neither the rest (145).
    const n = 200;
    const po = (33 + 145) / n;
    const pA = (33 + 22) / n;
    const pB = 33 / n;
    const pe = pA * pB + (1 - pA) * (1 - pB);
    const row = result.rows.find((r: { label: string }) => r.label === 'Proactive contact');
    expect(row.percent.value).toBeCloseTo(po, 12);
    expect(row.kappa.value).toBeCloseTo((po - pe) / (1 - pe), 12);
    expect(row.counts).toMatchObject({ agreements: 178, disagreements: 22, units: 200 });
    // Code presence: present for both in "one", only for Ana in "two".
    expect(row.presence.table).toEqual({ both: 1, onlyA: 1, onlyB: 0, neither: 0 });
    // Without the session, the documents are those any compared coder coded: the same two.
    expect(JSON.parse(await gioia('agreement', file, '--coders', 'Ana,Ben', '--json')).documents).toHaveLength(2);

    const disputes = JSON.parse(await gioia('disagreements', file, '--coders', 'Ana,Ben', '--json'));
    expect(disputes.map((d: { documentName: string; start: number; end: number }) => [d.documentName, d.start, d.end])).toEqual([
      ['two', TWO.indexOf(Y), TWO.indexOf(Y) + Y.length],
    ]);
    await gioia('resolve', file, '--coders', 'Ana,Ben', '--all', '--take', 'a');

    const everyone = await gioia('structure', file, '--format', 'csv', '--counts');
    const consensus = await gioia('structure', file, '--format', 'csv', '--counts', '--consensus');
    // Everyone: Ana's X and Y, Ben's X and the consensus coder's Y — four segments of one concept.
    expect(everyone.split('\n')[1]).toBe('Care,Reaching out,Proactive contact,4,2');
    // Consensus only: the agreed X once and the resolved Y once.
    expect(consensus.split('\n')[1]).toBe('Care,Reaching out,Proactive contact,2,2');
    const quotes = JSON.parse(await gioia('quotes', file, '--consensus', '--json'));
    expect(quotes.map((q: { quote: string }) => q.quote).sort()).toEqual([Y, X].sort());
  });
});

describe('a session that gave the coders different documents', () => {
  it('compares only the documents given to both, and names the one left out with its reason', async () => {
    const dir = tempDir();
    const file = join(dir, 'study.gioia');
    writeFileSync(join(dir, 'one.txt'), ONE);
    writeFileSync(join(dir, 'two.txt'), TWO);
    await gioia('new', file);
    await gioia('import', file, join(dir, 'one.txt'), join(dir, 'two.txt'));
    await gioia('coders', file, '--add', 'Ana');
    await gioia('coders', file, '--add', 'Ben');
    await gioia('sessions', file, '--create', 'Pilot', '--coder', 'Ana', '--coder', 'Ben');
    await gioia('sessions', file, '--session', 'Pilot', '--assign', 'Ben', '--doc', 'one');
    await gioia('code', file, '--doc', 'one', '--quote', X, '--concept', 'Proactive contact', '--coder', 'Ana');
    await gioia('code', file, '--doc', 'two', '--quote', Y, '--concept', 'Proactive contact', '--coder', 'Ana');
    const text = await gioia('agreement', file, '--session', 'Pilot');
    expect(text).toContain('Documents compared (1): one');
    expect(text).toContain('Left out: two (not given to Ben in session “Pilot”)');
  });
});
