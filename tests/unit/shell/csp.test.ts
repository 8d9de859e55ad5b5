import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../src/shared/csp';

/** Directives that only make sense as HTTP headers and which a <meta> CSP ignores. */
const HEADER_ONLY = ['frame-ancestors'];

function directives(policy: string): string[] {
  return policy
    .split(';')
    .map((d) => d.trim())
    .filter((d) => d !== '' && !HEADER_ONLY.some((h) => d.startsWith(h)))
    .sort();
}

describe('content security policy', () => {
  it('is the same in the renderer meta tag as in the headers Electron and gioia serve send', () => {
    const html = readFileSync(join(__dirname, '../../../src/renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBeDefined();
    expect(directives(meta ?? '')).toEqual(directives(CONTENT_SECURITY_POLICY));
  });

  it('allows scripts from the app itself only', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval/);
  });
});
