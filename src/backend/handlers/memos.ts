import type { FeatureHandlers } from '../../shared/api';
import type { MEMOS_CHANNELS } from '../../shared/features/memos-channels';
import { listMemoEntries } from '../memos/entries';
import { exportMemoReport } from '../memos/report';
import type { HandlerContext } from './context';

/** The memo view's list and search, and the memo report; memos are written through `saveMemo`. */
export function memosHandlers(ctx: HandlerContext): FeatureHandlers<typeof MEMOS_CHANNELS> {
  const store = () => ctx.session.require();
  return {
    listMemoEntries: ({ query, kind }) => listMemoEntries(store(), { query, kind }),
    exportMemoReport: ({ format }) => exportMemoReport(store(), format),
  };
}
