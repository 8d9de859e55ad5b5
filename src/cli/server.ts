import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MAX_IMPORT_BASE64_CHARS } from '../shared/schemas';
import { MEDIA_ROUTE } from '../shared/features/media-contract';
import type { AppEvent } from '../shared/types';
import { bridgeScript, LAUNCH_PARAM } from './web/bridge-script';
import { applySecurityHeaders, isAllowedHost, isAllowedOrigin, isCrossSite, newToken, SECRET_HEADER, TokenSet } from './web/security';
import { contentTypeOf, lookupStatic, readStatic, type Backend } from '../backend';
import { injectBridge } from './web/bridge-tag';
import { createSocketHub } from './web/socket';

/**
 * A dropped transcript travels as base64 in one JSON body (importFileData), so the limit is the
 * largest importable file in base64 plus 1 MB for the envelope (about 134 MB) — explicit, not open-ended.
 */
export const MAX_BODY_BYTES = MAX_IMPORT_BASE64_CHARS + 1024 * 1024;
/** A session request is a launch token in a tiny JSON object; nothing bigger is read for it. */
const MAX_SESSION_BODY_BYTES = 1024;

export interface WebServerOptions {
  readonly backend: Pick<Backend, 'dispatch' | 'serveMedia'>;
  /** Folder holding the built renderer (`out/renderer`), with index.html at its top. */
  readonly rendererDir: string;
  /** Loopback only: the server is a private bridge to the user's own browser tabs, never a network service. */
  readonly host?: '127.0.0.1';
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  /** Source of host events relayed to the tabs' sockets (see event-hub.ts and web/socket.ts). */
  readonly subscribe?: (listener: (event: AppEvent) => void) => () => void;
  /** Called with a launch address once a tab has used it (it no longer works). */
  readonly onLaunchUsed?: (url: string) => void;
}

export interface WebServer {
  /** The first launch address: open it in a browser tab (it works once). */
  readonly url: string;
  readonly port: number;
  /** Issues another one-time launch address, for another tab. */
  launchUrl(): string;
  close(): Promise<void>;
}

/**
 * Serves the renderer and the API to the user's browser tabs on this machine (design in
 * web/security.ts). Static files carry no data and no secret, so they are served to anyone who
 * passes the Host check; every API call needs a per-tab secret, obtained once per launch token
 * through `POST /api/session`. A tab's calls and events then travel over its socket (web/socket.ts,
 * the same checks at the upgrade); `POST /api/<channel>` stays for large uploads and for a tab
 * whose socket cannot open. No cookie is ever set and no CORS header ever sent.
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const launches = new TokenSet();
  const launchUrls = new Map<string, string>();
  const secrets = new TokenSet();
  const bridge = bridgeScript();
  let port = 0;
  const sockets = createSocketHub({
    port: () => port,
    secrets,
    maxPayload: MAX_BODY_BYTES,
    dispatch: (channel, params) => options.backend.dispatch(channel, params),
    ...(options.subscribe === undefined ? {} : { subscribe: options.subscribe }),
  });

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', `Internal error: ${e instanceof Error ? e.message : String(e)}`);
      else res.destroy();
    });
  });
  server.on('upgrade', (req, socket, head: Buffer) => sockets.upgrade(req, socket, head));

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    applySecurityHeaders(res);
    if (!isAllowedHost(req.headers.host, port)) return refuse(res, 403, 'Forbidden host.');
    if (req.method === 'OPTIONS') return refuse(res, 405, 'Method not allowed.', { Allow: 'GET, HEAD, POST' });
    const rawUrl = req.url ?? '/';
    const q = rawUrl.indexOf('?');
    const path = q < 0 ? rawUrl : rawUrl.slice(0, q);
    if (path === '/api' || path.startsWith('/api/')) return handleApi(req, res, path);
    if (path.startsWith(MEDIA_ROUTE)) return streamMedia(req, res, path.slice(MEDIA_ROUTE.length));

    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'Method not allowed.', { Allow: 'GET, HEAD' });
    if (path === '/gioia-bridge.js') return send(res, 200, 'text/javascript; charset=utf-8', bridge, 'no-cache');
    const found = await lookupStatic(options.rendererDir, path);
    if (found.kind === 'forbidden') return refuse(res, 403, 'Forbidden path.');
    if (found.kind === 'not-found') return refuse(res, 404, 'Not found.');
    const type = contentTypeOf(found.path);
    const body = await readStatic(found.path);
    const page = type.startsWith('text/html') ? injectBridge(body.toString('utf8')) : body;
    return send(res, 200, type, page, HASHED_ASSET.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache', req.method === 'HEAD');
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    if (isCrossSite(req) || !isAllowedOrigin(header(req, 'origin'), port))
      return apiError(res, 403, 'forbidden', 'Cross-origin request refused.');
    if (path === '/api/session') return openSession(req, res);
    if (!secrets.has(header(req, SECRET_HEADER))) {
      return apiError(
        res,
        403,
        'forbidden',
        'This browser tab has no access to Gioia Studio: open the address "gioia serve" printed in its terminal.',
      );
    }
    if (req.method !== 'POST') return apiError(res, 405, 'invalid-arguments', 'API calls use POST.', { Allow: 'POST' });
    const channel = path.slice('/api/'.length);
    if (!/^[A-Za-z][A-Za-z0-9]*$/.test(channel)) return apiError(res, 404, 'unknown-channel', `Unknown API channel "${channel}".`);
    const params = await readJson(req, res, MAX_BODY_BYTES);
    if (params === undefined) return;
    const result = await options.backend.dispatch(channel, params);
    send(res, 200, 'application/json; charset=utf-8', JSON.stringify(result), 'no-store');
  }

  /**
   * A recording for a media element, which cannot send the tab's secret: the address itself is the
   * grant, issued only through the API (behind the secret) and only for the open project.
   */
  function streamMedia(req: IncomingMessage, res: ServerResponse, token: string): void {
    if (isCrossSite(req) || !isAllowedOrigin(header(req, 'origin'), port)) return refuse(res, 403, 'Cross-origin request refused.');
    const answer = options.backend.serveMedia({ method: req.method ?? 'GET', token, range: header(req, 'range') });
    res.writeHead(answer.status, answer.headers);
    if (answer.body === null) {
      res.end(answer.status === 404 ? 'Not found.' : '');
      return;
    }
    answer.body.on('error', () => res.destroy());
    res.on('close', () => answer.body?.destroy());
    answer.body.pipe(res);
  }

  /** Trades a launch token for a new per-tab secret; the token is spent whether or not the reply arrives. */
  async function openSession(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST') return apiError(res, 405, 'invalid-arguments', 'Use POST for /api/session.', { Allow: 'POST' });
    const body = await readJson(req, res, MAX_SESSION_BODY_BYTES);
    if (body === undefined) return;
    const launch: unknown = typeof body === 'object' && body !== null && 'launch' in body ? body.launch : undefined;
    if (typeof launch !== 'string' || !launches.take(launch)) {
      return apiError(
        res,
        403,
        'forbidden',
        'This address has already been used or belongs to an earlier run: open the newest address "gioia serve" printed.',
      );
    }
    const secret = newToken();
    secrets.add(secret);
    send(res, 200, 'application/json; charset=utf-8', JSON.stringify({ ok: true, value: { secret } }), 'no-store');
    const url = launchUrls.get(launch);
    launchUrls.delete(launch);
    if (url !== undefined) options.onLaunchUsed?.(url);
  }

  /** Checks the JSON content type and reads the body; answers the error itself and returns undefined on failure. */
  async function readJson(req: IncomingMessage, res: ServerResponse, limit: number): Promise<unknown> {
    // A form or a no-cors fetch cannot send application/json without a preflight, which we refuse.
    if (!/^application\/json(\s*;|$)/i.test(header(req, 'content-type') ?? '')) {
      apiError(res, 415, 'invalid-arguments', 'API calls must send Content-Type: application/json.');
      return undefined;
    }
    const raw = await readBody(req, limit);
    if (raw === 'too-large') {
      apiError(res, 413, 'invalid-arguments', `Request body larger than ${limit} bytes.`);
      return undefined;
    }
    try {
      return raw.length === 0 ? {} : JSON.parse(raw.toString('utf8'));
    } catch {
      apiError(res, 400, 'invalid-arguments', 'Request body is not valid JSON.');
      return undefined;
    }
  }

  function launchUrl(): string {
    const token = newToken();
    const url = `http://127.0.0.1:${port}/#${LAUNCH_PARAM}=${token}`;
    launches.add(token);
    launchUrls.set(token, url);
    return url;
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
    url: launchUrl(),
    port,
    launchUrl,
    close: () =>
      new Promise<void>((resolve) => {
        launches.clear();
        secrets.clear();
        sockets.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Reads at most `limit` bytes; the rest is drained so the 413 reaches the client instead of a reset. */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = Number(header(req, 'content-length') ?? 0) > limit;
    req.on('data', (chunk: Buffer) => {
      if (tooLarge) return;
      size += chunk.length;
      if (size > limit) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? 'too-large' : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/**
 * The renderer's build names its scripts and styles by content hash (assets/index-B7wjzty6.js), so a
 * name never changes content: the browser keeps them, and the scripts' compiled code, between starts
 * instead of fetching and compiling 1.7 MB again on every start.
 */
const HASHED_ASSET = /^\/assets\/[^/]+-[A-Za-z0-9_-]{8,}\.(?:js|css|woff2?)$/;

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
