import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeProjectAgreement } from '../../src/backend/comparison/agreement';
import { writeCoderPackage } from '../../src/backend/comparison/coder-package';
import { mergeProjectFile } from '../../src/backend/comparison/merge';
import { agreementParams } from '../../src/shared/features/comparison-contract';
import type { AgreementRow, StatCell } from '../../src/shared/features/comparison-types';
import { code, codingKeys, twoCoderProject, withStore, type TwoCoderProject } from './helpers/comparison';
import { tempDir } from './helpers/temp';

function value(cell: StatCell): number {
  if (cell.kind !== 'value') throw new Error(`expected a value, got undefined: ${cell.message}`);
  return cell.value;
}

/**
 * The acceptance round trip: split into two blind coder packages, code differently in each, merge
 * both back. Ana codes K on [10, 30) and L on [50, 60); Ben codes K on [20, 40) and L on [50, 60).
 */
async function roundTrip(): Promise<TwoCoderProject> {
  const dir = tempDir();
  const p = await twoCoderProject(dir);
  const anaPath = join(dir, 'ana.gioia');
  const benPath = join(dir, 'ben.gioia');
  await withStore(p.path, async (store) => {
    await writeCoderPackage(store, { target: anaPath, coderId: p.ana, blind: true });
    await writeCoderPackage(store, { target: benPath, coderId: p.ben, blind: true });
  });
  await withStore(anaPath, (s) => {
    code(s, p.ana, p.documentId, 10, 30, [p.k]);
    code(s, p.ana, p.documentId, 50, 60, [p.l]);
  });
  await withStore(benPath, (s) => {
    code(s, p.ben, p.documentId, 20, 40, [p.k]);
    code(s, p.ben, p.documentId, 50, 60, [p.l]);
  });
  await withStore(p.path, async (store) => {
    await mergeProjectFile(store, anaPath);
    await mergeProjectFile(store, benPath);
  });
  return p;
}

function agreement(p: TwoCoderProject, unit: 'char' | 'segment', overlap = 0.9) {
  return withStore(p.path, (store) => computeProjectAgreement(store, agreementParams.parse({ coderIds: [p.ana, p.ben], unit, overlap })));
}

function row(rows: readonly AgreementRow[], label: string): AgreementRow {
  const found = rows.find((r) => r.label === label);
  if (found === undefined) throw new Error(`no row ${label}`);
  return found;
}

describe('coder packages merged back (round trip)', () => {
  it('brings every coding of both packages back with its coder', async () => {
    const p = await roundTrip();
    const keys = await withStore(p.path, (s) => codingKeys(s, p.documentId));
    expect(keys).toEqual(['Ana|K|10-30', 'Ana|L|50-60', 'Ben|K|20-40', 'Ben|L|50-60']);
  });

  it('computes character-level agreement equal to the hand-worked 2×2 tables', async () => {
    const p = await roundTrip();
    const result = await agreement(p, 'char');
    // K over N = 100 characters: both = [20,30) = 10, onlyA = 10, onlyB = 10, neither = 70.
    // po = (10 + 70)/100 = 0.8; pA = pB = 20/100; pe = 0.2·0.2 + 0.8·0.8 = 0.68
    // κ = (0.8 − 0.68)/(1 − 0.68) = 0.12/0.32 = 0.375; Brennan–Prediger (pe = 1/2) = 0.3/0.5 = 0.6.
    const k = row(result.rows, 'K');
    expect(value(k.percent)).toBeCloseTo(0.8, 10);
    expect(value(k.kappa)).toBeCloseTo(0.375, 10);
    expect(value(k.brennanPrediger)).toBeCloseTo(0.6, 10);
    expect(k.counts).toEqual({ segmentsByCoder: [1, 1], agreements: 80, disagreements: 20, units: 100 });
    // α (nominal, characters as units): o11 = 2·10 = 20, o00 = 2·70 = 140, o10 = o01 = 20; n = 200,
    // n1 = 40, n0 = 160. Do = 40/200 = 0.2; De = 2·40·160/(200·199) = 0.321608…; α = 1 − 0.2/0.321608 = 0.378125.
    expect(value(k.alpha)).toBeCloseTo(0.378125, 6);
    // L: both coded [50,60) exactly: po = 1, pe = 0.1·0.1 + 0.9·0.9 = 0.82, κ = 0.18/0.18 = 1.
    const l = row(result.rows, 'L');
    expect(value(l.percent)).toBe(1);
    expect(value(l.kappa)).toBeCloseTo(1, 10);
    expect(value(l.alphaU)).toBeCloseTo(1, 10);
    // All codes pooled, 200 (code, character) units: both = 20, onlyA = onlyB = 10, neither = 160.
    // po = 180/200 = 0.9; pA = pB = 30/200 = 0.15; pe = 0.0225 + 0.7225 = 0.745; κ = 0.155/0.255 = 0.607843…
    expect(value(result.overall.percent)).toBeCloseTo(0.9, 10);
    expect(value(result.overall.kappa)).toBeCloseTo(0.155 / 0.255, 10);
    expect(Number(value(result.overall.kappa).toFixed(3))).toBe(0.608);
  });

  it('computes segment-level agreement with the overlap threshold as worked by hand', async () => {
    const p = await roundTrip();
    // K: [10,30) vs [20,40) overlap = 10/30 = 0.333 < 0.9, so both segments disagree; L agrees twice.
    // Overall po = 2/4 = 0.5; q = 2 codes with segments, Brennan–Prediger κ = (0.5 − 1/2)/(1 − 1/2) = 0.
    const strict = await agreement(p, 'segment', 0.9);
    expect(row(strict.rows, 'K').counts).toMatchObject({ agreements: 0, disagreements: 2 });
    expect(value(row(strict.rows, 'K').percent)).toBe(0);
    expect(value(strict.overall.percent)).toBe(0.5);
    expect(value(strict.overall.brennanPrediger)).toBe(0);
    expect(strict.overall.kappa).toMatchObject({ kind: 'undefined', reason: 'not-applicable' });
    // With a threshold of 0.3 the 0.333 overlap counts: every segment agrees, po = 1, κ_BP = 1.
    const loose = await agreement(p, 'segment', 0.3);
    expect(value(loose.overall.percent)).toBe(1);
    expect(value(loose.overall.brennanPrediger)).toBe(1);
  });

  it('adds nothing when the same package is merged a second time', async () => {
    const p = await roundTrip();
    const again = await withStore(p.path, (store) => mergeProjectFile(store, join(p.path, '..', 'ana.gioia')));
    expect(again.codings).toEqual({ added: 0, removed: 0, alreadyPresent: 0, couldNotPlace: 0 });
    expect(again.codes).toEqual({ matched: 2, created: 0 });
    const keys = await withStore(p.path, (s) => codingKeys(s, p.documentId));
    expect(keys).toHaveLength(4);
  });
});
