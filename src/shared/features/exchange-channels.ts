/** Channel names of the exchange feature (see ../channels.ts). Kept import-free for the sandboxed preload. */
export const EXCHANGE_CHANNELS = ['exportRefi', 'exportRefiData', 'importRefi', 'importRefiData'] as const;
