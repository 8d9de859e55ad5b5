import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';

/**
 * Anything on this machine — any web page the user visits, any local process, another user —
 * can send requests to 127.0.0.1. These checks make the local server answer only the browser tabs
 * the user opened with the address `gioia serve` printed.
 *
 * No credential is ever one a browser sends on its own: browsers send a 127.0.0.1 cookie to every
 * port on that host, so a cookie would reach any other local server the user's browser visits.
 * Instead a one-time launch token (in the address's #fragment, never sent over HTTP) is exchanged
 * once for a per-tab secret that the page keeps in sessionStorage (scoped to this origin, port
 * included) and sends in a header no other origin can set.
 */

export { CONTENT_SECURITY_POLICY };

export const SECRET_HEADER = 'x-gioia-secret';

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Tokens kept as SHA-256 digests: a lookup compares digests of the candidate, whose bytes the
 * caller cannot steer, so timing reveals nothing about the tokens held.
 */
export class TokenSet {
  private readonly digests = new Set<string>();

  add(token: string): void {
    this.digests.add(digest(token));
  }

  has(candidate: string | undefined | null): boolean {
    return typeof candidate === 'string' && candidate.length > 0 && this.digests.has(digest(candidate));
  }

  /** Removes the token; true when it was there (a launch token works once). */
  take(candidate: string | undefined | null): boolean {
    if (!this.has(candidate)) return false;
    this.digests.delete(digest(candidate as string));
    return true;
  }

  clear(): void {
    this.digests.clear();
  }
}

function digest(token: string): string {
  return createHash('sha256').update(token).digest('hex');
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

/** Fetch metadata: a browser tells us outright when another site (another port is another origin) made the request. */
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
