import { describe, expect, it } from 'vitest';
import { PACKAGED_RENDERER_URL } from '../../../electron/main/renderer-origin';
import { isTrustedRendererUrl } from '../../../electron/main/trusted-sender';

describe('isTrustedRendererUrl', () => {
  it('trusts the renderer on its app:// origin, any page and fragment of it', () => {
    expect(isTrustedRendererUrl(`${PACKAGED_RENDERER_URL}#/documents`, PACKAGED_RENDERER_URL)).toBe(true);
    expect(isTrustedRendererUrl('app://gioia/other.html', PACKAGED_RENDERER_URL)).toBe(true);
  });

  it('refuses another app:// host and every file:// page', () => {
    expect(isTrustedRendererUrl('app://evil/index.html', PACKAGED_RENDERER_URL)).toBe(false);
    expect(isTrustedRendererUrl('file:///opt/Gioia%20Studio/resources/app.asar/out/renderer/index.html', PACKAGED_RENDERER_URL)).toBe(
      false,
    );
  });

  it('refuses a remote page', () => {
    expect(isTrustedRendererUrl('https://example.org/index.html', PACKAGED_RENDERER_URL)).toBe(false);
  });

  it('trusts the dev server origin in development and nothing else', () => {
    const dev = 'http://localhost:5173/';
    expect(isTrustedRendererUrl('http://localhost:5173/index.html', dev)).toBe(true);
    expect(isTrustedRendererUrl('http://localhost:5174/index.html', dev)).toBe(false);
  });

  it('trusts nothing when the expected renderer is a file:// page', () => {
    const file = 'file:///opt/app/out/renderer/index.html';
    expect(isTrustedRendererUrl(file, file)).toBe(false);
  });

  it('refuses malformed URLs', () => {
    expect(isTrustedRendererUrl('not a url', PACKAGED_RENDERER_URL)).toBe(false);
  });
});
