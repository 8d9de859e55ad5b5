import { createHash } from 'node:crypto';

/**
 * A name-based GUID (RFC 4122 version 5 layout over SHA-1), for things our database has no id for
 * (variables, cases, codings, sets): the same project and name give the same GUID on every export,
 * so a partner tool can recognise them again.
 */
export function derivedGuid(...parts: readonly string[]): string {
  const hash = createHash('sha1').update(parts.join('\u0000'), 'utf8').digest();
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

const GUID = /^\{?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}?$/i;

/** Normalises `{ABC…}` and upper case to our lower-case UUID form; null when not a GUID at all. */
export function normaliseGuid(value: string | undefined | null): string | null {
  if (value === undefined || value === null) return null;
  const match = GUID.exec(value.trim());
  return match?.[1] ? match[1].toLowerCase() : null;
}
