import { describe, expect, it } from 'vitest';
import { count, msg, nouns, pluralForm } from '../../../src/renderer/messages';

describe('counting in the message catalogue', () => {
  it('takes the singular for one', () => {
    expect(count(1, nouns.coding)).toBe('1 coding');
  });

  it('takes the plural for none', () => {
    expect(count(0, nouns.coding)).toBe('0 codings');
  });

  it('groups the digits of large numbers', () => {
    expect(count(1204, nouns.quote)).toBe('1,204 quotes');
  });

  it('keeps irregular plurals', () => {
    expect(count(2, nouns.match)).toBe('2 matches');
  });

  it('falls back to the "other" form when a category has none', () => {
    expect(pluralForm(1, { other: 'sheep' })).toBe('sheep');
  });

  it('counts inside a sentence, as a delete confirmation says it', () => {
    expect(msg.codebook.deleteBody(1, 1, true)).toBe('This removes 1 coding in 1 document. Undo brings it back.');
  });
});
