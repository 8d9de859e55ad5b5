import type { FeatureHandlers } from '../../shared/api';
import type { CODING_CHANNELS } from '../../shared/features/coding-channels';
import { listMemos } from '../../storage';
import * as codebook from '../coding/codebook-ops';
import { exportCodebook, importCodebook } from '../coding/codebook-transfer';
import * as coding from '../coding/coding-ops';
import * as history from '../coding/history-ops';
import * as coders from '../coding/coder-ops';
import * as memos from '../coding/memo-ops';
import { listQuotes } from '../coding/retrieval';
import { codeSearchHits } from '../coding/code-hits';
import { searchText } from '../coding/search';
import type { HandlerContext } from './context';

/**
 * Coding, codebook, memos, retrieval, coders and undo. The use cases live in
 * `../coding/`; this map only binds them to the open project. data-changed is emitted once for
 * every feature by `withDataChanged`, not here.
 */
export function codingHandlers(ctx: HandlerContext): FeatureHandlers<typeof CODING_CHANNELS> {
  const store = () => ctx.session.require();
  return {
    codeSelection: (p) => coding.codeSelection(store(), p),
    applyCode: ({ segmentId, codeId }) => coding.applyCode(store(), segmentId, codeId),
    removeCode: ({ segmentId, codeId }) => coding.removeCode(store(), segmentId, codeId),
    resizeSegment: ({ segmentId, start, end }) => coding.resizeSegment(store(), segmentId, start, end),
    deleteSegment: ({ segmentId }) => coding.deleteSegment(store(), segmentId),

    createCode: (p) => codebook.createCode(store(), p),
    updateCode: (p) => codebook.updateCode(store(), p),
    moveCode: (p) => codebook.moveCode(store(), p),
    mergeCodes: ({ sourceId, targetId }) => codebook.mergeCodes(store(), sourceId, targetId),
    splitCode: (p) => codebook.splitCode(store(), p),
    deleteCode: ({ codeId }) => codebook.deleteCode(store(), codeId),
    exportCodebook: ({ format }) => exportCodebook(store(), format),
    importCodebook: (p) => importCodebook(store(), p),

    getMemo: ({ targetKind, targetId }) => memos.getMemo(store(), targetKind, targetId),
    saveMemo: (p) => memos.saveMemo(store(), p),
    listMemos: () => listMemos(store().conn),

    listQuotes: (p) => listQuotes(store(), p),
    searchText: ({ query, limit, ...options }) => searchText(store(), query, limit, options),
    codeSearchHits: (input) => codeSearchHits(store(), input),

    createCoder: ({ name, colour }) => coders.createCoder(store(), name, colour),
    updateCoder: (p) => coders.updateCoder(store(), p),
    getCoderImpact: ({ coderId }) => coders.coderImpact(store(), coderId),
    deleteCoder: (p) => coders.deleteCoder(store(), p),
    setActiveCoder: ({ coderId }) => coders.setActiveCoder(store(), coderId),
    setBlindMode: ({ on }) => coders.setBlindMode(store(), on),

    undo: () => history.undo(store()),
    redo: () => history.redo(store()),
    getHistory: () => history.getHistory(store()),
  };
}
