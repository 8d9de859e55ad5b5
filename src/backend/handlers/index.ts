import type { Handlers } from '../../shared/api';
import { withDataChanged } from '../coding/data-changed';
import { analysisHandlers } from './analysis';
import { codingHandlers } from './coding';
import { comparisonHandlers } from './comparison';
import type { HandlerContext } from './context';
import { documentsHandlers } from './documents';
import { exchangeHandlers } from './exchange';
import { mediaHandlers } from './media';
import { memosHandlers } from './memos';
import { suggestHandlers } from './suggest';
import { trailHandlers } from './trail';
import { projectHandlers } from './project';
import { setsHandlers } from './sets';

export type { HandlerContext } from './context';

/**
 * The whole API: one handler map assembled from the features' slices, wrapped once so every call
 * that changed the project emits data-changed (see withDataChanged).
 */
export function createHandlers(ctx: HandlerContext): Handlers {
  const handlers: Handlers = {
    ...projectHandlers(ctx),
    ...documentsHandlers(ctx),
    ...codingHandlers(ctx),
    ...analysisHandlers(ctx),
    ...comparisonHandlers(ctx),
    ...exchangeHandlers(ctx),
    ...memosHandlers(ctx),
    ...setsHandlers(ctx),
    ...trailHandlers(ctx),
    ...suggestHandlers(ctx),
    ...mediaHandlers(ctx),
  };
  return withDataChanged(handlers, () => ctx.session.current, ctx.emit);
}
