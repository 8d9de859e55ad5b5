import type { Handlers } from '../../shared/api';
import { analysisHandlers } from './analysis';
import { comparisonHandlers } from './comparison';
import type { HandlerContext } from './context';
import { documentsHandlers } from './documents';
import { exchangeHandlers } from './exchange';
import { projectHandlers } from './project';

export type { HandlerContext } from './context';

/** The whole API: one handler map assembled from the features' slices. */
export function createHandlers(ctx: HandlerContext): Handlers {
  return {
    ...projectHandlers(ctx),
    ...documentsHandlers(ctx),
    ...analysisHandlers(ctx),
    ...comparisonHandlers(ctx),
    ...exchangeHandlers(ctx),
  };
}
