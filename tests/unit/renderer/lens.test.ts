import { describe, expect, it } from 'vitest';
import type { CoderId, SetId } from '../../../src/core/ids';
import type { SetRow } from '../../../src/shared/features/sets-types';
import { lensFilter, scopeNames, withinSets } from '../../../src/renderer/state/lens';
import { tickedMembers } from '../../../src/renderer/components/sets/MemberChecklist';

const wave = 'set-wave' as SetId;
const keyCodes = 'set-codes' as SetId;
const set = (id: SetId, name: string): SetRow => ({ id, name, description: '', documentIds: [], codeIds: [], memoIds: [] });

describe('the lens with a set', () => {
  it('sends nothing for everyone without a set', () => {
    expect(lensFilter({ kind: 'all' })).toBeUndefined();
  });

  it('sends the sets with whose codings it shows', () => {
    expect(lensFilter({ kind: 'all', documentSetId: wave })).toEqual({ kind: 'all', documentSetId: wave });
    expect(lensFilter({ kind: 'coder', coderId: 'c1' as CoderId, codeSetId: keyCodes })).toEqual({
      kind: 'coders',
      coderIds: ['c1'],
      codeSetId: keyCodes,
    });
  });

  it('drops a set that no longer exists and keeps the one that does', () => {
    expect(withinSets({ kind: 'consensus', documentSetId: wave, codeSetId: keyCodes }, [set(keyCodes, 'Key codes')])).toEqual({
      kind: 'consensus',
      codeSetId: keyCodes,
    });
  });

  it('names the sets it is narrowed to, documents first', () => {
    expect(
      scopeNames({ kind: 'all', codeSetId: keyCodes, documentSetId: wave }, [set(keyCodes, 'Key codes'), set(wave, 'Wave 1')]),
    ).toEqual(['Wave 1', 'Key codes']);
  });
});

describe('a member checklist’s change', () => {
  it('keeps the members left ticked in their order and adds the newly ticked in the list’s order', () => {
    const items = ['a', 'b', 'c', 'd'].map((id) => ({ id, label: id }));
    expect(tickedMembers(['c', 'a', 'b'], new Set(['a', 'c', 'd']), items)).toEqual(['c', 'a', 'd']);
  });
});
