/** Channel names of the comparison feature (see ../channels.ts). Kept import-free for the sandboxed preload. */
export const COMPARISON_CHANNELS = [
  'createCoderPackage',
  'mergeProject',
  'exportCoderPackageData',
  'mergeProjectData',
  'computeAgreement',
  'listDisagreements',
  'resolveDisagreement',
  'exportAgreementReportData',
  'listSessions',
  'saveSession',
  'deleteSession',
  'listMergeConflicts',
  'resolveMergeConflict',
] as const;
