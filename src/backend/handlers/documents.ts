import type { FeatureHandlers } from '../../shared/api';
import type { DOCUMENTS_CHANNELS } from '../../shared/features/documents-channels';
import type { HandlerContext } from './context';

/** Handlers of the documents feature. */
export function documentsHandlers(_ctx: HandlerContext): FeatureHandlers<typeof DOCUMENTS_CHANNELS> {
  return {};
}
