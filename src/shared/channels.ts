import { ANALYSIS_CHANNELS } from './features/analysis-channels';
import { CODING_CHANNELS } from './features/coding-channels';
import { COMPARISON_CHANNELS } from './features/comparison-channels';
import { DOCUMENTS_CHANNELS } from './features/documents-channels';
import { EXCHANGE_CHANNELS } from './features/exchange-channels';
import { MEDIA_CHANNELS } from './features/media-channels';
import { MEMOS_CHANNELS } from './features/memos-channels';
import { SETS_CHANNELS } from './features/sets-channels';
import { SUGGEST_CHANNELS } from './features/suggest-channels';
import { TRAIL_CHANNELS } from './features/trail-channels';

/**
 * The API's channel names, kept free of zod so the sandboxed preload can bundle this list alone.
 * Each feature owns its list in `features/<feature>-channels.ts`; `contract.ts` must define exactly
 * these keys (checked with `satisfies`).
 */
export const PROJECT_CHANNELS = [
  'getAppInfo',
  'setCoderName',
  'createProject',
  'openProject',
  'openDemoProject',
  'createDemoProject',
  'closeProject',
  'getProjectSummary',
  'listDocuments',
  'getDocument',
  'listCodes',
  'listSegments',
  'listCoders',
] as const;

export const CHANNELS = [
  ...PROJECT_CHANNELS,
  ...DOCUMENTS_CHANNELS,
  ...CODING_CHANNELS,
  ...ANALYSIS_CHANNELS,
  ...COMPARISON_CHANNELS,
  ...EXCHANGE_CHANNELS,
  ...MEMOS_CHANNELS,
  ...SETS_CHANNELS,
  ...TRAIL_CHANNELS,
  ...SUGGEST_CHANNELS,
  ...MEDIA_CHANNELS,
] as const;

export type Channel = (typeof CHANNELS)[number];

export function isChannel(name: string): name is Channel {
  return (CHANNELS as readonly string[]).includes(name);
}

/** Prefix of every IPC channel so main can tell ours from Electron's own. */
export const IPC_PREFIX = 'gioia:';
/** Channel on which main pushes `AppEvent`s to the renderer. */
export const EVENT_CHANNEL = 'gioia-event';
