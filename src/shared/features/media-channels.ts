/** Channel names of the media feature (see ../channels.ts). Kept import-free for the sandboxed preload. */
export const MEDIA_CHANNELS = [
  'listMedia',
  'getDocumentMedia',
  'attachMedia',
  'detachMedia',
  'relinkMedia',
  'openMedia',
  'mediaClip',
  'setSyncPoint',
  'removeSyncPoint',
  'setPlaybackPosition',
  'mediaBeside',
  'startMediaUpload',
  'uploadMediaChunk',
  'finishMediaUpload',
  'cancelMediaUpload',
] as const;
