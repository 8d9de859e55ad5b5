import type { FeatureHandlers } from '../../shared/api';
import type { COMPARISON_CHANNELS } from '../../shared/features/comparison-channels';
import { computeProjectAgreement } from '../comparison/agreement';
import { writeCoderPackage } from '../comparison/coder-package';
import { resolveDisagreement } from '../comparison/consensus';
import { listDisagreements } from '../comparison/disagreements';
import { mergeProjectFile } from '../comparison/merge';
import { coderPackageData, mergeProjectData } from '../comparison/package-data';
import { listMergeConflicts, resolveMergeConflict } from '../comparison/merge-conflicts';
import { deleteSession, saveSession } from '../comparison/sessions';
import { listSessions } from '../../storage';
import { agreementReportFile } from '../comparison/report';
import type { HandlerContext } from './context';

/** Handlers of the comparison feature: coder packages, merging, agreement, disagreements, consensus. */
export function comparisonHandlers(ctx: HandlerContext): FeatureHandlers<typeof COMPARISON_CHANNELS> {
  const { session } = ctx;
  return {
    createCoderPackage: ({ path, coderId, blind, documentIds, sessionId }) =>
      writeCoderPackage(session.require(), {
        target: path,
        coderId,
        blind,
        documentIds,
        sessionId,
      }),
    mergeProject: ({ path }) => mergeProjectFile(session.require(), path),
    exportCoderPackageData: (p) => {
      const store = session.require();
      return coderPackageData(store, p, store.summary().name);
    },
    mergeProjectData: ({ fileName, dataBase64 }) => mergeProjectData(session.require(), fileName, dataBase64),
    computeAgreement: (params) => computeProjectAgreement(session.require(), params),
    listDisagreements: (params) => listDisagreements(session.require(), params),
    resolveDisagreement: (params) => resolveDisagreement(session.require(), params),
    exportAgreementReportData: async ({ format, agreement }) => {
      const store = session.require();
      const result = computeProjectAgreement(store, agreement);
      const file = await agreementReportFile(result, store.project()?.name ?? store.summary().name, format);
      return { fileName: file.fileName, mime: file.mime, dataBase64: file.bytes.toString('base64') };
    },
    listSessions: () => listSessions(session.require().conn),
    saveSession: (p) => saveSession(session.require(), p),
    deleteSession: ({ sessionId }) => deleteSession(session.require(), sessionId),
    listMergeConflicts: () => listMergeConflicts(session.require()),
    resolveMergeConflict: ({ conflictId, keep }) => resolveMergeConflict(session.require(), conflictId, keep),
  };
}
