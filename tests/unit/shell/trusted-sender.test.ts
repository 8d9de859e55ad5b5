import { describe, expect, it } from 'vitest';
import { isTrustedRendererUrl } from '../../../electron/main/trusted-sender';

const packaged = 'file:///opt/Gioia%20Studio/resources/app.asar/out/renderer/index.html';

describe('isTrustedRendererUrl', () => {
  it('trusts the packaged renderer page itself', () => {
    expect(isTrustedRendererUrl(`${packaged}#/documents`, packaged)).toBe(true);
  });

  it('refuses another local file, even next to the renderer', () => {
    expect(isTrustedRendererUrl('file:///opt/Gioia%20Studio/resources/app.asar/out/renderer/evil.html', packaged)).toBe(false);
  });

  it('refuses a remote page', () => {
    expect(isTrustedRendererUrl('https://example.org/index.html', packaged)).toBe(false);
  });

  it('trusts the dev server origin in development and nothing else', () => {
    const dev = 'http://localhost:5173/';
    expect(isTrustedRendererUrl('http://localhost:5173/index.html', dev)).toBe(true);
    expect(isTrustedRendererUrl('http://localhost:5174/index.html', dev)).toBe(false);
  });

  it('refuses malformed URLs', () => {
    expect(isTrustedRendererUrl('not a url', packaged)).toBe(false);
  });
});
