import type { Result } from '../core/result';
import type { Channel } from './channels';
import type { Params, Returns, ValidParams } from './contract';
import type { AppEvent } from './types';

/**
 * `window.gioia`: one named function per channel, each resolving to a Result (never rejecting for
 * domain errors), plus a subscription to host events. Provided by the Electron preload, or by the
 * web bridge in `gioia serve` and the browser e2e harness.
 */
export type GioiaApi = {
  readonly [K in Channel]: (params: Params<K>) => Promise<Result<Returns<K>>>;
} & {
  readonly onEvent: (listener: (event: AppEvent) => void) => () => void;
  /**
   * Where a dropped or chosen file lives on this computer, so a recording can be linked where it
   * is: the desktop app knows; a browser never says (null), and the file is copied instead.
   */
  readonly pathOfFile: (file: File) => string | null;
};

/**
 * What a backend implements: plain functions that return values and throw `DomainError` for
 * expected failures. The dispatcher validates params before calling and wraps results.
 */
export type Handlers = {
  readonly [K in Channel]: (params: ValidParams<K>) => Returns<K> | Promise<Returns<K>>;
};

/** The slice of the handler map one feature implements (`src/backend/handlers/<feature>.ts`). */
export type FeatureHandlers<C extends readonly Channel[]> = Pick<Handlers, C[number]>;
