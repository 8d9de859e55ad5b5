import { randomBytes, timingSafeEqual, createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Anything on this machine — any web page the user visits included — can send requests to
 * 127.0.0.1. These checks make the local server answer only the browser tab we opened ourselves.
 */

export const TOKEN_HEADER = 'x-gioia-token';

import { CONTENT_SECURITY_POLICY } from '../../shared/csp';

export { CONTENT_SECURITY_POLICY };

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Constant-time: hashing first gives equal-length buffers, so length never short-circuits the compare. */
export function tokensEqual(candidate: string | undefined | null, token: string): boolean {
  if (typeof candidate !== 'string' || candidate.length === 0) return false;
  const a = createHash('sha256').update(candidate).digest();
  const b = createHash('sha256').update(token).digest();
  return timingSafeEqual(a, b);
}

/**
 * Cookies are scoped by host, not port: two `gioia serve` runs would overwrite each other's cookie
 * under one fixed name, so the port is part of the name.
 */
export function cookieName(port: number): string {
  return `gioia-token-${port}`;
}

export function sessionCookie(port: number, token: string): string {
  return `${cookieName(port)}=${token}; Path=/; HttpOnly; SameSite=Strict`;
}

export function readCookie(req: IncomingMessage, name: string): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** DNS-rebinding defence: a hostile name resolving to 127.0.0.1 still sends its own name as Host. */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/** Browsers send Origin on cross-origin requests and on POSTs; when present it must be ours. */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  return origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}

/** Fetch metadata: a browser tells us outright when another site made the request. */
export function isCrossSite(req: IncomingMessage): boolean {
  const site = req.headers['sec-fetch-site'];
  return site === 'cross-site' || site === 'same-site';
}

export function applySecurityHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}
