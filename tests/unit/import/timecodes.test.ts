import { describe, expect, it } from 'vitest';
import { formatTimecode, parseTimecode } from '../../../src/core/timecodes';

describe('parseTimecode', () => {
  it('reads hours, minutes and seconds', () => {
    expect(parseTimecode('01:02:03')).toBe(3_723_000);
  });

  it('reads a SubRip fraction after a comma', () => {
    expect(parseTimecode('00:01:23,456')).toBe(83_456);
  });

  it('reads a WebVTT fraction after a dot without hours', () => {
    expect(parseTimecode('01:23.456')).toBe(83_456);
  });

  it('reads a short fraction as tenths, not thousandths', () => {
    expect(parseTimecode('1:02.5')).toBe(62_500);
  });

  it('reads Otter-style minutes without a leading zero', () => {
    expect(parseTimecode('0:03')).toBe(3_000);
  });

  it('rejects seconds of 60 or more', () => {
    expect(parseTimecode('10:75')).toBeNull();
  });

  it('rejects minutes of 60 or more when hours are given', () => {
    expect(parseTimecode('1:60:00')).toBeNull();
  });

  it('rejects words', () => {
    expect(parseTimecode('noon')).toBeNull();
  });
});

describe('formatTimecode', () => {
  it('writes hh:mm:ss.mmm', () => {
    expect(formatTimecode(3_723_045)).toBe('01:02:03.045');
  });
});
