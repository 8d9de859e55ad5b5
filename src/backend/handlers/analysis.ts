import type { FeatureHandlers } from '../../shared/api';
import type { ANALYSIS_CHANNELS } from '../../shared/features/analysis-channels';
import { setStarred } from '../../storage';
import { getMatrix, exportMatrix } from '../analysis/matrix';
import { exportNetwork } from '../analysis/network';
import { analysisQuotes, exportQuotesTable, getQuotesTable } from '../analysis/quotes';
import { exportStructure } from '../analysis/structure-export';
import type { HandlerContext } from './context';

/**
 * Handlers of the analysis feature: the data structure's exports, the representative-data table,
 * code matrices and the co-occurrence network. All reads except `setQuoteStar`, which is one transaction and one undo step.
 */
export function analysisHandlers(ctx: HandlerContext): FeatureHandlers<typeof ANALYSIS_CHANNELS> {
  const store = () => ctx.session.require();
  return {
    exportStructure: ({ format, options, filter }) => exportStructure(store(), format, options, filter),
    getQuotesTable: ({ perConcept, filter }) => getQuotesTable(store(), perConcept, filter),
    setQuoteStar: ({ segmentId, codeId, starred }) => {
      const s = store();
      // The handler map's wrapper emits data-changed for every call that appended to the event log.
      s.mutate(
        {
          coderId: s.summary().activeCoderId,
          action: starred ? 'star-quote' : 'unstar-quote',
          summary: starred ? 'Star a quote for the representative-data table' : 'Unstar a quote',
        },
        (tx) => setStarred(tx, segmentId, codeId, starred),
      );
      return null;
    },
    exportQuotesTable: ({ format, filter, ...options }) => exportQuotesTable(store(), format, options, filter),
    getMatrix: (query) => getMatrix(store(), query),
    getCooccurrence: ({ level, count, filter }) => getMatrix(store(), { by: 'cooccurrence', level, count, filter }),
    exportMatrix: ({ format, query, dpi }) => exportMatrix(store(), format, query, dpi),
    exportNetwork: (params) => exportNetwork(store(), params),
    getAnalysisQuotes: (filter) => analysisQuotes(store(), filter),
  };
}
