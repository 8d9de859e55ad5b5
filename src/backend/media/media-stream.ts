import { createReadStream, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { parseByteRange } from '../../core/byte-range';
import type { MediaGrants } from './media-grants';

/** The answer to `GET /media/<token>`, for a host to send (HTTP in `gioia serve`, a Response in Electron). */
export interface MediaResponse {
  readonly status: 200 | 206 | 404 | 405 | 416;
  readonly headers: Readonly<Record<string, string>>;
  /** The bytes to send; null for errors and HEAD. */
  readonly body: Readable | null;
}

export interface MediaRequest {
  readonly method: string;
  /** The path after the route, i.e. the token. */
  readonly token: string;
  readonly range: string | undefined | null;
}

const NOT_FOUND: MediaResponse = { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: null };

/**
 * Streams a granted recording with HTTP range requests, so a media element can seek anywhere in a
 * three-hour file by reading from there on. A token that is unknown, stale or from another project,
 * or a file that changed size since the grant, answers 404 — the page then asks for a new grant.
 */
export function mediaResponse(grants: MediaGrants, openProjectPath: string | null, request: MediaRequest): MediaResponse {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return { status: 405, headers: { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }, body: null };
  }
  if (!/^[A-Za-z0-9_-]{43}$/.test(request.token)) return NOT_FOUND;
  const grant = grants.resolve(request.token, openProjectPath);
  if (grant === null) return NOT_FOUND;
  let size: number;
  try {
    size = statSync(grant.path).size;
  } catch {
    return NOT_FOUND;
  }
  if (size !== grant.size) return NOT_FOUND;
  const common = { 'Content-Type': grant.mime, 'Accept-Ranges': 'bytes', 'Cache-Control': 'no-store' };
  const range = parseByteRange(request.range, size);
  if (range.kind === 'unsatisfiable') {
    return { status: 416, headers: { ...common, 'Content-Range': `bytes */${size}`, 'Content-Length': '0' }, body: null };
  }
  const [start, end] = range.kind === 'partial' ? [range.start, range.end] : [0, size - 1];
  const headers = {
    ...common,
    'Content-Length': String(end - start + 1),
    ...(range.kind === 'partial' ? { 'Content-Range': `bytes ${start}-${end}/${size}` } : {}),
  };
  const body = request.method === 'HEAD' ? null : createReadStream(grant.path, { start, end, highWaterMark: 256 * 1024 });
  return { status: range.kind === 'partial' ? 206 : 200, headers, body };
}
