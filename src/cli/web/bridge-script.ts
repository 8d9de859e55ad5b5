import { CHANNELS } from '../../shared/channels';

/** `#launch=<token>` in the address `gioia serve` prints: a fragment is never sent over HTTP. */
export const LAUNCH_PARAM = 'launch';
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
 * hold a usable credential. Events arrive over a fetch stream rather than EventSource, which cannot
 * send the secret's header.
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

  async function call(channel, params) {
    var granted = await access;
    if (!granted.secret) return noAccess(granted.refused);
    var response;
    try {
      response = await fetch('/api/' + channel, {
        method: 'POST',
        credentials: 'omit',
        cache: 'no-store',
        headers: { 'Content-Type': 'application/json', 'X-Gioia-Secret': granted.secret },
        body: JSON.stringify(params === undefined ? {} : params),
      });
    } catch (e) {
      return ioError('Cannot reach the Gioia Studio server (' + (e && e.message ? e.message : e) + '). Is "gioia serve" still running?');
    }
    try {
      var body = await response.json();
      if (body && typeof body.ok === 'boolean') return body;
    } catch (e) {
      // fall through: not a Result
    }
    return ioError('The Gioia Studio server answered ' + response.status + ' ' + response.statusText + '.');
  }

  var listeners = new Set();
  var streaming = false;
  function deliver(block) {
    var data = block.split('\\n').filter(function (line) { return line.indexOf('data: ') === 0; }).map(function (line) { return line.slice(6); }).join('\\n');
    if (data === '') return;
    var event;
    try { event = JSON.parse(data); } catch (e) { return; }
    listeners.forEach(function (listener) {
      try { listener(event); } catch (e) { setTimeout(function () { throw e; }); }
    });
  }
  async function stream() {
    var granted = await access;
    if (!granted.secret) return;
    for (;;) {
      try {
        var response = await fetch('/api/events', { credentials: 'omit', cache: 'no-store', headers: { 'X-Gioia-Secret': granted.secret } });
        if (response.status === 403) return;
        var reader = response.body.getReader();
        var decoder = new TextDecoder();
        var buffer = '';
        for (;;) {
          var chunk = await reader.read();
          if (chunk.done) break;
          buffer += decoder.decode(chunk.value, { stream: true });
          var at;
          while ((at = buffer.indexOf('\\n\\n')) >= 0) {
            deliver(buffer.slice(0, at));
            buffer = buffer.slice(at + 2);
          }
        }
      } catch (e) {
        // the server went away or restarted: try again shortly
      }
      await new Promise(function (resolve) { setTimeout(resolve, 2000); });
    }
  }

  var api = {
    // A browser never tells a page where a file lives.
    pathOfFile: function () {
      return null;
    },
    onEvent: function (listener) {
      listeners.add(listener);
      if (!streaming) {
        streaming = true;
        stream();
      }
      // The stream stays open for the page's life: closing it when the last listener leaves would
      // drop every event emitted while a re-subscribing component waits for the reconnect.
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
