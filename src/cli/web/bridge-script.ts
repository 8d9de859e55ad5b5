import { CHANNELS } from '../../shared/channels';

/**
 * The browser's `window.gioia`, shaped exactly like the Electron preload's (`GioiaApi` in
 * src/shared/api.ts): one async function per channel plus `onEvent`. Generated from the channel list
 * so a new channel reaches the browser without touching this file. Plain ES2017 with no imports: it
 * is served as a classic script that must run before the renderer's module scripts.
 *
 * Calls never reject: a network failure or an unreadable reply resolves to an `io` error Result,
 * just as the preload turns IPC failures into data.
 */
export function bridgeScript(channels: readonly string[] = CHANNELS): string {
  return `'use strict';
(function () {
  var meta = document.querySelector('meta[name="gioia-token"]');
  var token = meta ? meta.getAttribute('content') || '' : '';
  if (meta && meta.parentNode) meta.parentNode.removeChild(meta);
  var channels = ${JSON.stringify(channels)};

  function ioError(message) {
    return { ok: false, error: { code: 'io', message: message } };
  }

  async function call(channel, params) {
    var response;
    try {
      response = await fetch('/api/' + channel, {
        method: 'POST',
        credentials: 'same-origin',
        cache: 'no-store',
        headers: { 'Content-Type': 'application/json', 'X-Gioia-Token': token },
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
  var source = null;
  function connect() {
    source = new EventSource('/api/events?token=' + encodeURIComponent(token));
    source.onmessage = function (message) {
      var event;
      try { event = JSON.parse(message.data); } catch (e) { return; }
      listeners.forEach(function (listener) {
        try { listener(event); } catch (e) { setTimeout(function () { throw e; }); }
      });
    };
  }

  var api = {
    onEvent: function (listener) {
      listeners.add(listener);
      if (source === null) connect();
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
