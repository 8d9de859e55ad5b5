/** Channel names of the memo view and report (see ../channels.ts). Kept import-free for the sandboxed preload. */
export const MEMOS_CHANNELS = ['listMemoEntries', 'exportMemoReport'] as const;
