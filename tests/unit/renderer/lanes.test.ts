import { describe, expect, it } from 'vitest';
import { assignLanes } from '../../../src/renderer/lib/lanes';

describe('stripe lanes', () => {
  it('puts overlapping codings in different lanes', () => {
    const { lanes, count } = assignLanes([
      { key: 'a', start: 0, end: 10 },
      { key: 'b', start: 5, end: 15 },
    ]);
    expect(lanes.get('a')).not.toBe(lanes.get('b'));
    expect(count).toBe(2);
  });

  it('reuses a lane once the coding in it has ended', () => {
    const { lanes, count } = assignLanes([
      { key: 'a', start: 0, end: 10 },
      { key: 'b', start: 10, end: 20 },
    ]);
    expect(lanes.get('b')).toBe(lanes.get('a'));
    expect(count).toBe(1);
  });
});
