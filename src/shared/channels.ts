/**
 * The API's channel names, kept free of imports so the sandboxed preload can bundle this list alone.
 * `contract.ts` must define exactly these keys (checked with `satisfies`).
 */
export const CHANNELS = [
  'getAppInfo',
  'createProject',
  'openProject',
  'openDemoProject',
  'closeProject',
  'getProjectSummary',
  'listDocuments',
  'getDocument',
  'listCodes',
  'listSegments',
  'listCoders',
] as const;

export type Channel = (typeof CHANNELS)[number];

export function isChannel(name: string): name is Channel {
  return (CHANNELS as readonly string[]).includes(name);
}

/** Prefix of every IPC channel so main can tell ours from Electron's own. */
export const IPC_PREFIX = 'gioia:';
/** Channel on which main pushes `AppEvent`s to the renderer. */
export const EVENT_CHANNEL = 'gioia-event';
