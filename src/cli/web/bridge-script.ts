import { CHANNELS } from '../../shared/channels';
import { SECRET_PROTOCOL_PREFIX, SOCKET_PATH, SOCKET_PROTOCOL } from './socket';

/** `#launch=<token>` in the address `gioia serve` prints: a fragment is never sent over HTTP. */
export const LAUNCH_PARAM = 'launch';
/** Calls with a larger JSON body go over HTTP instead of the socket. */
export const SOCKET_BODY_LIMIT = 1024 * 1024;
/** sessionStorage key of this tab's secret (sessionStorage is per tab and per origin, port included). */
export const SECRET_KEY = 'gioia-secret';

/**
 * The browser's `window.gioia`, shaped exactly like the Electron preload's (`GioiaApi` in
 * src/shared/api.ts): one async function per channel plus `onEvent`. Generated from the channel list
 * so a new channel reaches the browser without touching this file. Plain ES2017 with no imports: it
 * is served as a classic script that must run before the renderer's module scripts.
 *
 * Access (see security.ts): a launch token in the address's fragment is traded once for a per-tab
 * secret kept in sessionStorage, so a reload keeps working and the address bar and history never
 * hold a usable credential.
 *
 * Calls, replies and events travel over one WebSocket (web/socket.ts) that reconnects when it
 * drops; a call in flight when it drops fails at once with an `io` error rather than waiting. When
 * the socket cannot open, a call takes the HTTP path, whose answer names the reason.
 *
 * Calls never reject: a network failure or an unreadable reply resolves to an `io` error Result,
 * just as the preload turns IPC failures into data.
 */
export function bridgeScript(channels: readonly string[] = CHANNELS): string {
  return `'use strict';
(function () {
  var channels = ${JSON.stringify(channels)};
  var KEY = ${JSON.stringify(SECRET_KEY)};
  var launch = new RegExp('(?:^#|&)${LAUNCH_PARAM}=([^&]+)').exec(location.hash);
  if (launch) history.replaceState(null, '', location.pathname + location.search);

  function ioError(message) {
    return { ok: false, error: { code: 'io', message: message } };
  }
  function noAccess(message) {
    return { ok: false, error: { code: 'forbidden', message: message } };
  }
  var NO_ACCESS = 'This browser tab has no access to Gioia Studio: open the address "gioia serve" printed in its terminal.';

  function storedSecret() {
    try { return sessionStorage.getItem(KEY); } catch (e) { return null; }
  }

  async function exchange(token) {
    try {
      var response = await fetch('/api/session', {
        method: 'POST',
        credentials: 'omit',
        cache: 'no-store',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ launch: decodeURIComponent(token) }),
      });
      var body = await response.json();
      if (body && body.ok && typeof body.value.secret === 'string') {
        try { sessionStorage.setItem(KEY, body.value.secret); } catch (e) { /* private mode: this page only */ }
        return { secret: body.value.secret };
      }
      // A used address in a tab that already has access (a reload of an old bookmark) changes nothing.
      var kept = storedSecret();
      return kept ? { secret: kept } : { refused: body && body.error ? body.error.message : NO_ACCESS };
    } catch (e) {
      return { refused: 'Cannot reach the Gioia Studio server (' + (e && e.message ? e.message : e) + '). Is "gioia serve" still running?' };
    }
  }

  var access = launch ? exchange(launch[1]) : Promise.resolve(storedSecret() ? { secret: storedSecret() } : { refused: NO_ACCESS });

  var listeners = new Set();
  function deliver(event) {
    listeners.forEach(function (listener) {
      try { listener(event); } catch (e) { setTimeout(function () { throw e; }); }
    });
  }

  var LOST = 'The connection to the Gioia Studio server was lost before the answer came; the change may or may not have been made. Is "gioia serve" still running?';
  var socket = null;
  var connecting = null;
  var pending = new Map();
  var nextId = 1;
  var everOpened = false;
  var retryMs = 250;
  var retryTimer = null;

  function receive(text) {
    var message;
    try { message = JSON.parse(text); } catch (e) { return; }
    if (message && typeof message.id === 'number') {
      var waiting = pending.get(message.id);
      if (!waiting) return;
      pending.delete(message.id);
      var result = message.result;
      waiting(result && typeof result.ok === 'boolean' ? result : ioError('The Gioia Studio server sent an unreadable answer.'));
    } else if (message && message.event) {
      deliver(message.event);
    }
  }

  function retryLater(secret) {
    if (retryTimer !== null) return;
    retryTimer = setTimeout(function () {
      retryTimer = null;
      connect(secret);
    }, retryMs);
    retryMs = Math.min(retryMs * 2, 5000);
  }

  // Resolves to the open socket, or to null when it cannot open (then calls take the HTTP path,
  // whose answer says why: no access, or no server).
  function connect(secret) {
    if (socket) return Promise.resolve(socket);
    if (connecting) return connecting;
    connecting = new Promise(function (resolve) {
      var ws;
      try {
        ws = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + ${JSON.stringify(SOCKET_PATH)}, [${JSON.stringify(SOCKET_PROTOCOL)}, ${JSON.stringify(SECRET_PROTOCOL_PREFIX)} + secret]);
      } catch (e) {
        connecting = null;
        resolve(null);
        return;
      }
      var opened = false;
      ws.onopen = function () {
        opened = true;
        socket = ws;
        connecting = null;
        retryMs = 250;
        // Events sent while the socket was down are lost: every view reloads once.
        if (everOpened) deliver({ type: 'data-changed', action: 'reconnect' });
        everOpened = true;
        resolve(ws);
      };
      ws.onmessage = function (m) { if (typeof m.data === 'string') receive(m.data); };
      ws.onclose = function () {
        if (!opened) {
          connecting = null;
          resolve(null);
        } else {
          socket = null;
          var lost = pending;
          pending = new Map();
          lost.forEach(function (waiting) { waiting(ioError(LOST)); });
        }
        retryLater(secret);
      };
    });
    return connecting;
  }

  async function viaHttp(channel, body, secret) {
    var response;
    try {
      response = await fetch('/api/' + channel, {
        method: 'POST',
        credentials: 'omit',
        cache: 'no-store',
        headers: { 'Content-Type': 'application/json', 'X-Gioia-Secret': secret },
        body: body,
      });
    } catch (e) {
      return ioError('Cannot reach the Gioia Studio server (' + (e && e.message ? e.message : e) + '). Is "gioia serve" still running?');
    }
    try {
      var reply = await response.json();
      if (reply && typeof reply.ok === 'boolean') return reply;
    } catch (e) {
      // fall through: not a Result
    }
    return ioError('The Gioia Studio server answered ' + response.status + ' ' + response.statusText + '.');
  }

  var grantedSecret = null;
  function onSocket(ws, channel, body) {
    return new Promise(function (resolve) {
      var id = nextId++;
      pending.set(id, resolve);
      ws.send('{"id":' + id + ',"channel":' + JSON.stringify(channel) + ',"params":' + body + '}');
    });
  }

  async function call(channel, params) {
    // With the socket open the call leaves before call() returns, so the page can do its own work
    // (measuring what the answer will paint) while the backend does its part.
    if (socket && grantedSecret) {
      var quick = JSON.stringify(params === undefined ? {} : params);
      if (quick.length <= ${SOCKET_BODY_LIMIT}) return onSocket(socket, channel, quick);
    }
    var granted = await access;
    if (!granted.secret) return noAccess(granted.refused);
    var body = JSON.stringify(params === undefined ? {} : params);
    // A dropped transcript (megabytes of base64) takes its own request, so calls on the socket
    // never queue behind it.
    if (body.length <= ${SOCKET_BODY_LIMIT}) {
      var ws = await connect(granted.secret);
      if (ws) return onSocket(ws, channel, body);
    }
    return viaHttp(channel, body, granted.secret);
  }

  access.then(function (granted) {
    if (!granted.secret) return;
    grantedSecret = granted.secret;
    connect(granted.secret);
  });

  var api = {
    // A browser never tells a page where a file lives.
    pathOfFile: function () {
      return null;
    },
    onEvent: function (listener) {
      listeners.add(listener);
      // The socket stays open for the page's life, listeners or not: closing it when the last one
      // leaves would drop every event emitted while a re-subscribing component waits.
      return function () {
        listeners.delete(listener);
      };
    },
  };
  channels.forEach(function (channel) {
    api[channel] = function (params) { return call(channel, params); };
  });
  Object.defineProperty(window, 'gioia', { value: Object.freeze(api), enumerable: true });
})();
`;
}
