import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Dispatch } from '../shared/dispatch';
import { MAX_IMPORT_BASE64_CHARS } from '../shared/features/documents-contract';
import type { AppEvent } from '../shared/types';
import { bridgeScript } from './web/bridge-script';
import {
  applySecurityHeaders,
  cookieName,
  isAllowedHost,
  isAllowedOrigin,
  isCrossSite,
  newToken,
  readCookie,
  sessionCookie,
  TOKEN_HEADER,
  tokensEqual,
} from './web/security';
import { contentTypeOf, injectBridge, lookupStatic, readStatic } from './web/static-files';

/**
 * A dropped transcript travels as base64 in one JSON body (importFileData), so the limit is the
 * largest importable file in base64 plus 1 MB for the envelope (about 134 MB) — explicit, not open-ended.
 */
export const MAX_BODY_BYTES = MAX_IMPORT_BASE64_CHARS + 1024 * 1024;
const HEARTBEAT_MS = 25_000;

export interface WebServerOptions {
  readonly backend: { readonly dispatch: Dispatch };
  /** Folder holding the built renderer (`out/renderer`), with index.html at its top. */
  readonly rendererDir: string;
  /** Loopback only: the server is a private bridge to one browser tab, never a network service. */
  readonly host?: '127.0.0.1';
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  /** Source of host events relayed to the page over `GET /api/events` (see event-hub.ts). */
  readonly subscribe?: (listener: (event: AppEvent) => void) => () => void;
}

export interface WebServer {
  /** Address to open in the browser; carries the one-time `?token=`. */
  readonly url: string;
  readonly port: number;
  readonly token: string;
  close(): Promise<void>;
}

/**
 * Serves the renderer and the API to one browser on this machine. Trust model: whoever knows the
 * per-run token is the user. The first page load trades `?token=` for an HttpOnly SameSite=Strict
 * cookie; API calls need that cookie AND the token in `X-Gioia-Token`, which only our own page can
 * read (from the meta tag injected into index.html). No CORS headers are ever sent, so other
 * origins can neither read responses nor send the custom header.
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = newToken();
  const streams = new Set<ServerResponse>();
  const bridge = bridgeScript();
  let port = 0;

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', `Internal error: ${e instanceof Error ? e.message : String(e)}`);
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    applySecurityHeaders(res);
    if (!isAllowedHost(req.headers.host, port)) return refuse(res, 403, 'Forbidden host.');
    if (req.method === 'OPTIONS') return refuse(res, 405, 'Method not allowed.', { Allow: 'GET, HEAD, POST' });
    const rawUrl = req.url ?? '/';
    const q = rawUrl.indexOf('?');
    const path = q < 0 ? rawUrl : rawUrl.slice(0, q);
    const query = new URLSearchParams(q < 0 ? '' : rawUrl.slice(q + 1));
    const hasCookie = tokensEqual(readCookie(req, cookieName(port)), token);

    if (path === '/api' || path.startsWith('/api/')) return handleApi(req, res, path, query, hasCookie);

    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'Method not allowed.', { Allow: 'GET, HEAD' });
    if (path === '/' && query.has('token')) {
      if (!tokensEqual(query.get('token'), token))
        return refuse(res, 403, 'Wrong or expired token: restart "gioia serve" and use the address it prints.');
      // Redirect so the token leaves the address bar and the history; from here on the cookie carries it.
      res.writeHead(303, { Location: '/', 'Set-Cookie': sessionCookie(port, token), 'Cache-Control': 'no-store' });
      res.end();
      return;
    }
    if (!hasCookie) return refuse(res, 403, 'Open Gioia Studio with the address "gioia serve" printed (it carries the access token).');
    if (path === '/gioia-bridge.js') return send(res, 200, 'text/javascript; charset=utf-8', bridge, 'no-store');

    const found = await lookupStatic(options.rendererDir, path);
    if (found.kind === 'forbidden') return refuse(res, 403, 'Forbidden path.');
    if (found.kind === 'not-found') return refuse(res, 404, 'Not found.');
    const type = contentTypeOf(found.path);
    const body = await readStatic(found.path);
    if (type.startsWith('text/html')) {
      // index.html carries the token, so it must never be cached.
      return send(res, 200, type, injectBridge(body.toString('utf8'), token), 'no-store', req.method === 'HEAD');
    }
    return send(res, 200, type, body, 'no-cache', req.method === 'HEAD');
  }

  async function handleApi(
    req: IncomingMessage,
    res: ServerResponse,
    path: string,
    query: URLSearchParams,
    hasCookie: boolean,
  ): Promise<void> {
    if (isCrossSite(req) || !isAllowedOrigin(header(req, 'origin'), port))
      return apiError(res, 403, 'forbidden', 'Cross-origin request refused.');
    const isEvents = path === '/api/events';
    // EventSource cannot set headers, so the events stream alone may carry the token in its query.
    const presented = header(req, TOKEN_HEADER) ?? (isEvents ? (query.get('token') ?? undefined) : undefined);
    if (!hasCookie || !tokensEqual(presented, token)) return apiError(res, 403, 'forbidden', 'Missing or wrong access token.');
    if (isEvents) {
      if (req.method !== 'GET') return apiError(res, 405, 'invalid-arguments', 'Use GET for /api/events.', { Allow: 'GET' });
      return openEventStream(req, res);
    }
    if (req.method !== 'POST') return apiError(res, 405, 'invalid-arguments', 'API calls use POST.', { Allow: 'POST' });
    const channel = path.slice('/api/'.length);
    if (!/^[A-Za-z][A-Za-z0-9]*$/.test(channel)) return apiError(res, 404, 'unknown-channel', `Unknown API channel "${channel}".`);
    // A form or a no-cors fetch cannot send application/json without a preflight, which we refuse.
    if (!/^application\/json(\s*;|$)/i.test(header(req, 'content-type') ?? '')) {
      return apiError(res, 415, 'invalid-arguments', 'API calls must send Content-Type: application/json.');
    }
    const raw = await readBody(req);
    if (raw === 'too-large') return apiError(res, 413, 'invalid-arguments', `Request body larger than ${MAX_BODY_BYTES} bytes.`);
    let params: unknown;
    try {
      params = raw.length === 0 ? {} : JSON.parse(raw.toString('utf8'));
    } catch {
      return apiError(res, 400, 'invalid-arguments', 'Request body is not valid JSON.');
    }
    const result = await options.backend.dispatch(channel, params);
    send(res, 200, 'application/json; charset=utf-8', JSON.stringify(result), 'no-store');
  }

  function openEventStream(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    res.write('retry: 2000\n\n');
    streams.add(res);
    const unsubscribe = options.subscribe?.((event) => res.write(`data: ${JSON.stringify(event)}\n\n`)) ?? (() => undefined);
    const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
    heartbeat.unref();
    req.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
      streams.delete(res);
    });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        for (const stream of streams) stream.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Reads at most MAX_BODY_BYTES; the rest is drained so the 413 reaches the client instead of a reset. */
function readBody(req: IncomingMessage): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = Number(header(req, 'content-length') ?? 0) > MAX_BODY_BYTES;
    req.on('data', (chunk: Buffer) => {
      if (tooLarge) return;
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? 'too-large' : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, cache = 'no-store', headOnly = false): void {
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body), 'Cache-Control': cache });
  res.end(headOnly ? undefined : body);
}

function refuse(res: ServerResponse, status: number, message: string, extra: Record<string, string> = {}): void {
  for (const [name, value] of Object.entries(extra)) res.setHeader(name, value);
  send(res, status, 'text/plain; charset=utf-8', `${message}\n`);
}

function apiError(res: ServerResponse, status: number, code: string, message: string, extra: Record<string, string> = {}): void {
  for (const [name, value] of Object.entries(extra)) res.setHeader(name, value);
  send(res, status, 'application/json; charset=utf-8', JSON.stringify({ ok: false, error: { code, message } }));
}
