/**
 * The one Content-Security-Policy of the renderer, sent by Electron main and by `gioia serve`.
 * `src/renderer/index.html` repeats it as a meta tag (static HTML cannot import); keep them equal
 * (tests/unit/shell/csp.test.ts checks).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "media-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
