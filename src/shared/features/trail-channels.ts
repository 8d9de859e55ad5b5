/** Channel names of the analysis trail (see ../channels.ts). Kept import-free for the sandboxed preload. */
export const TRAIL_CHANNELS = [
  'getTrailTimeline',
  'listTrailChanges',
  'getStructureAt',
  'compareTrailPoints',
  'createMilestone',
  'renameMilestone',
  'deleteMilestone',
  'exportTrail',
  'getSaturation',
  'exportSaturation',
] as const;
