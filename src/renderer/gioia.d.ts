import type { GioiaApi } from '../shared/api';

declare global {
  interface Window {
    /** Provided by the Electron preload or, in `gioia serve` and the browser tests, by the web bridge. */
    readonly gioia: GioiaApi;
  }
}

export {};
