/** Words many parts of the interface share. */
export const common = {
  cancel: 'Cancel',
  close: 'Close',
  done: 'Done',
  rename: 'Rename',
  renameItem: (name: string) => `Rename ${name}`,
  deleteItem: 'Delete…',
  name: 'Name',
  unknownCode: 'Unknown code',
  oneCoder: ' (one coder)',
  lensNote: (kind: 'coder' | 'consensus') => (kind === 'coder' ? ' (one coder)' : ' (consensus only)'),
  position: (at: number, of: number) => `${at} of ${of}`,
  couldNot: (what: string, reason: string) => `Could not ${what}: ${reason}`,
  loadingQuotes: 'Loading quotes…',
  loadingTranscript: 'Loading transcript…',
} as const;
