import { describe, expect, it } from 'vitest';
import {
  cleanName,
  cleanText,
  cleanValue,
  NAME_MAX,
  nameProblem,
  numberedName,
  textProblem,
  valueProblem,
} from '../../../src/core/text-rules';

describe('the name rule', () => {
  it('accepts a trimmed one-line name with emoji', () => {
    expect(nameProblem('Naming the chaos 😀')).toBeNull();
  });

  it('refuses a blank name', () => {
    expect(nameProblem('  ')).toBe('is blank');
  });

  it('refuses a name with blank space around it', () => {
    expect(nameProblem(' Trust ')).toBe('starts or ends with blank space');
  });

  it('refuses a name with a line break', () => {
    expect(nameProblem('Trust\nrepair')).toBe('is not one line');
  });

  it('refuses a name with a NUL or U+000B', () => {
    expect(nameProblem('a\u0000b')).toBe('contains the control character U+0000');
    expect(nameProblem('a\u000bb')).toBe('contains the control character U+000B');
  });

  it('refuses a name longer than NAME_MAX characters', () => {
    expect(nameProblem('x'.repeat(NAME_MAX))).toBeNull();
    expect(nameProblem('x'.repeat(NAME_MAX + 1))).toBe('is 501 characters long (at most 500)');
  });

  it('refuses a lone surrogate', () => {
    expect(nameProblem('a\ud800b')).toMatch(/lone UTF-16 surrogate/);
  });
});

describe('the value rule', () => {
  it('accepts a blank value and refuses a line break', () => {
    expect(valueProblem('')).toBeNull();
    expect(valueProblem('a\r\nb')).toBe('is not one line');
  });
});

describe('the text rule', () => {
  it('accepts tabs, line feeds and emoji', () => {
    expect(textProblem('P1:\tyes 😀\nP2: no')).toBeNull();
  });

  it('refuses U+000B, which XML 1.0 cannot carry', () => {
    expect(textProblem('a\u000bb')).toBe('contains the control character U+000B');
  });

  it('refuses a lone surrogate', () => {
    expect(textProblem('\udc00')).toMatch(/lone UTF-16 surrogate/);
  });
});

describe('cleaning untrusted names', () => {
  it('joins line breaks, drops controls and trims, saying what it did', () => {
    expect(cleanName(' Trust\r\nrepair\u0000 ', 'x')).toEqual({
      value: 'Trust repair',
      changes: ['line breaks joined', 'control characters removed'],
    });
  });

  it('cuts a 10 MB name to NAME_MAX characters ending in an ellipsis', () => {
    const { value, changes } = cleanName('y'.repeat(10 * 1024 * 1024), 'x');
    expect(value).toHaveLength(NAME_MAX);
    expect(value.endsWith('…')).toBe(true);
    expect(changes).toEqual(['cut to 500 characters']);
  });

  it('never splits an emoji when cutting', () => {
    const { value } = cleanName(`${'a'.repeat(NAME_MAX - 2)}😀😀`, 'x');
    expect(value.isWellFormed()).toBe(true);
    expect(nameProblem(value)).toBeNull();
  });

  it('gives a blank name the fallback and says so', () => {
    expect(cleanName('\u0000', 'Unnamed code')).toEqual({
      value: 'Unnamed code',
      changes: ['control characters removed', 'blank, named "Unnamed code"'],
    });
  });

  it('leaves a blank value blank', () => {
    expect(cleanValue('')).toEqual({ value: '', changes: [] });
  });
});

describe('cleaning untrusted text', () => {
  it('replaces lone surrogates and controls one unit for one, so offsets stay valid', () => {
    const raw = 'a\ud800b\u0000c\u000bd\u000ce😀';
    const { text, replaced } = cleanText(raw);
    expect(text).toBe('a\ufffdb\ufffdc\nd\ne😀');
    expect(text).toHaveLength(raw.length);
    expect(replaced).toBe(4);
    expect(textProblem(text)).toBeNull();
  });

  it('changes nothing in valid text', () => {
    expect(cleanText('P1: fine\n')).toEqual({ text: 'P1: fine\n', replaced: 0 });
  });
});

describe('numbered names', () => {
  it('keeps a numbered duplicate of a NAME_MAX name within NAME_MAX', () => {
    const name = numberedName('z'.repeat(NAME_MAX), 12);
    expect(name).toHaveLength(NAME_MAX);
    expect(name.endsWith(' (12)')).toBe(true);
  });
});
