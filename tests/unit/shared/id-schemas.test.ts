import { describe, expect, it } from 'vitest';
import { codeId, documentId } from '../../../src/shared/schemas';

describe('entity id schemas', () => {
  it('accept a GUID without RFC 4122 version digits, as other tools write into REFI-QDA files', () => {
    expect(documentId.safeParse('12345678-1234-1234-1234-123456789abc').success).toBe(true);
  });

  it('accept our own random UUIDs', () => {
    expect(codeId.safeParse(crypto.randomUUID()).success).toBe(true);
  });

  it('refuse anything that is not the 8-4-4-4-12 hex shape', () => {
    for (const bad of ['', 'abc', '12345678-1234-1234-1234-123456789abz', '12345678123412341234123456789abc', "1' OR '1'='1"]) {
      expect(documentId.safeParse(bad).success).toBe(false);
    }
  });
});
