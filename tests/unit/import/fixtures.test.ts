import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixtures } from '../../fixtures/import/make-fixtures';
import { fixture } from './fixture-paths';

describe('committed import fixtures', () => {
  it('are exactly what make-fixtures.ts generates', () => {
    for (const [name, bytes] of Object.entries(fixtures())) {
      expect(new Uint8Array(readFileSync(fixture(name))), name).toEqual(bytes);
    }
  });

  it('stay under 200 KB in total', () => {
    const total = Object.values(fixtures()).reduce((n, b) => n + b.length, 0);
    expect(total).toBeLessThan(200 * 1024);
  });
});
