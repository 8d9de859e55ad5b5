/** Channel names of "passages like these" (see ../channels.ts). Kept import-free for the sandboxed preload. */
export const SUGGEST_CHANNELS = ['suggestPassages', 'dismissSuggestion'] as const;
