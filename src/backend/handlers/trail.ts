import type { FeatureHandlers } from '../../shared/api';
import type { TRAIL_CHANNELS } from '../../shared/features/trail-channels';
import { createMilestone, deleteMilestone, renameMilestone } from '../trail/milestones';
import { exportSaturation, getSaturation } from '../trail/saturation';
import { compareTrailPoints, getStructureAt } from '../trail/structure-at';
import { getTimeline, listTrailChanges } from '../trail/timeline';
import { exportTrail } from '../trail/trail-export';
import type { HandlerContext } from './context';

/** The analysis trail: history replayed from the log, milestones (one undo step each), the methods report. */
export function trailHandlers(ctx: HandlerContext): FeatureHandlers<typeof TRAIL_CHANNELS> {
  const store = () => ctx.session.require();
  return {
    getTrailTimeline: (p) => getTimeline(store(), p),
    listTrailChanges: (p) => listTrailChanges(store(), p),
    getStructureAt: (p) => getStructureAt(store(), p),
    compareTrailPoints: (p) => compareTrailPoints(store(), p),
    createMilestone: (p) => createMilestone(store(), p),
    renameMilestone: (p) => renameMilestone(store(), p),
    deleteMilestone: (p) => deleteMilestone(store(), p),
    exportTrail: (p) => exportTrail(store(), p),
    getSaturation: (p) => getSaturation(store(), p),
    exportSaturation: (p) => exportSaturation(store(), p),
  };
}
