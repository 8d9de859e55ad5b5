import { describe, expect, it } from 'vitest';
import { parseByteRange } from '../../../src/core/byte-range';

describe('HTTP byte ranges', () => {
  it('reads an open-ended range from a seek position', () => {
    expect(parseByteRange('bytes=100-', 1000)).toEqual({ kind: 'partial', start: 100, end: 999 });
  });

  it('clamps a range end past the file to its last byte', () => {
    expect(parseByteRange('bytes=10-5000', 1000)).toEqual({ kind: 'partial', start: 10, end: 999 });
  });

  it('reads a suffix range as the last bytes', () => {
    expect(parseByteRange('bytes=-100', 1000)).toEqual({ kind: 'partial', start: 900, end: 999 });
  });

  it('refuses a range that starts past the end', () => {
    expect(parseByteRange('bytes=1000-', 1000)).toEqual({ kind: 'unsatisfiable' });
  });

  it('answers with the whole file for no header, other units or several ranges', () => {
    expect(parseByteRange(undefined, 1000)).toEqual({ kind: 'whole' });
    expect(parseByteRange('items=0-5', 1000)).toEqual({ kind: 'whole' });
    expect(parseByteRange('bytes=0-5,10-20', 1000)).toEqual({ kind: 'whole' });
  });
});
