import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { AppEvent } from '../../shared/types';
import { isAllowedHost, isAllowedOrigin, isCrossSite, type TokenSet } from './security';

/** Where a tab opens its socket. */
export const SOCKET_PATH = '/api/socket';
/** The one subprotocol the server speaks; the server answers with it, never with the secret. */
export const SOCKET_PROTOCOL = 'gioia.v1';
/**
 * A browser cannot set headers on a WebSocket handshake, but it can offer subprotocols: the tab
 * offers `gioia-secret.<secret>` beside `gioia.v1`. Like the X-Gioia-Secret header, no other
 * origin can make the browser send it, and it never lands in an address, a log line or history.
 */
export const SECRET_PROTOCOL_PREFIX = 'gioia-secret.';
const HEARTBEAT_MS = 25_000;

/** What a tab sends: one API call, answered by the reply with the same id. */
interface CallMessage {
  readonly id: number;
  readonly channel: string;
  readonly params: unknown;
}

export interface SocketOptions {
  readonly port: () => number;
  readonly secrets: TokenSet;
  readonly maxPayload: number;
  readonly dispatch: (channel: string, params: unknown) => Promise<unknown>;
  readonly subscribe?: (listener: (event: AppEvent) => void) => () => void;
}

export interface SocketHub {
  /** For the HTTP server's `upgrade` event. */
  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  close(): void;
}

/**
 * The tab's long-lived channel to the backend: calls, their replies and host events over one
 * WebSocket, instead of one HTTP request per call. Every check of the HTTP API (Host, Origin,
 * fetch metadata, the per-tab secret) is made at the upgrade, before any frame is read; a refused
 * handshake is answered with a plain 403 and closed.
 */
export function createSocketHub(options: SocketOptions): SocketHub {
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: options.maxPayload,
    handleProtocols: (offered) => (offered.has(SOCKET_PROTOCOL) ? SOCKET_PROTOCOL : false),
  });

  function refusal(req: IncomingMessage): string | null {
    const port = options.port();
    if (!isAllowedHost(req.headers.host, port)) return 'Forbidden host.';
    // A browser always sends Origin on a WebSocket handshake; without one it is no tab of ours.
    const origin = req.headers.origin;
    if (origin === undefined || isCrossSite(req) || !isAllowedOrigin(origin, port)) return 'Cross-origin request refused.';
    const offered = (req.headers['sec-websocket-protocol'] ?? '').split(',').map((p) => p.trim());
    if (!offered.includes(SOCKET_PROTOCOL)) return 'Unknown protocol.';
    const secret = offered.find((p) => p.startsWith(SECRET_PROTOCOL_PREFIX))?.slice(SECRET_PROTOCOL_PREFIX.length);
    if (!options.secrets.has(secret)) return 'This browser tab has no access to Gioia Studio.';
    return null;
  }

  function serve(ws: WebSocket): void {
    // A call's reply goes out before the events it caused (they wait for the next turn of the loop):
    // the tab paints the change from its own answer, and its views then follow the event.
    const unsubscribe = options.subscribe?.((event) => setImmediate(() => send(ws, { event }))) ?? (() => undefined);
    let alive = true;
    ws.on('pong', () => (alive = true));
    // A tab that vanished without a close frame (a killed browser) is found and dropped.
    const heartbeat = setInterval(() => {
      if (!alive) return ws.terminate();
      alive = false;
      ws.ping();
    }, HEARTBEAT_MS);
    heartbeat.unref();
    ws.on('message', (data, isBinary) => {
      const message = isBinary ? null : parseCall(data.toString());
      if (message === null) return ws.close(1003, 'Expected a JSON call {id, channel, params}.');
      void options
        .dispatch(message.channel, message.params)
        .catch((e: unknown) => ({
          ok: false,
          error: { code: 'io', message: `Internal error: ${e instanceof Error ? e.message : String(e)}` },
        }))
        .then((result) => send(ws, { id: message.id, result }));
    });
    ws.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
    });
    ws.on('error', () => ws.terminate());
  }

  return {
    upgrade(req, socket, head) {
      const path = (req.url ?? '').split('?')[0];
      const refused = path === SOCKET_PATH ? refusal(req) : 'Not found.';
      if (refused !== null) {
        const body = `${refused}\n`;
        const status = path === SOCKET_PATH ? '403 Forbidden' : '404 Not Found';
        socket.end(
          `HTTP/1.1 ${status}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
        );
        return;
      }
      wss.handleUpgrade(req, socket, head, serve);
    },
    close() {
      for (const client of wss.clients) client.terminate();
      wss.close();
    },
  };
}

function send(ws: WebSocket, message: unknown): void {
  if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message));
}

function parseCall(text: string): CallMessage | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { id, channel, params } = value as Record<string, unknown>;
  if (typeof id !== 'number' || typeof channel !== 'string') return null;
  return { id, channel, params: params ?? {} };
}
