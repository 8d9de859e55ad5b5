/** Channel names of sets, cases and relations (see ../channels.ts). Kept import-free for the sandboxed preload. */
export const SETS_CHANNELS = [
  'listSets',
  'createSet',
  'updateSet',
  'deleteSet',
  'changeSetMembers',
  'listCases',
  'createCase',
  'updateCase',
  'deleteCase',
  'changeCaseMembers',
  'setCaseValue',
  'listRelations',
  'createRelation',
  'deleteRelation',
] as const;
