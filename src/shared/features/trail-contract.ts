import { z } from 'zod';
import { channel, type ChannelSpec } from '../channel-spec';
import { coderFilter, milestoneId, name } from '../schemas';
import { structureOptions } from './analysis-contract';
import type { ExportedFile } from './analysis-types';
import {
  SATURATION_FORMATS,
  TRAIL_FORMATS,
  type SaturationResult,
  type Milestone,
  type StructureAt,
  type TrailChanges,
  type TrailComparison,
  type TrailTimeline,
} from './trail-types';

/** A point of the event log: the state after the event with this seq. */
const seq = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const saturationOrder = z.union([z.literal('coded'), z.literal('import'), z.object({ attribute: name }).strict()]);
const saturationQuery = { order: saturationOrder.default('coded'), seq: seq.optional(), filter: coderFilter.optional() };
const changeKind = z.enum(['created', 'deleted', 'restored', 'renamed', 'moved', 'merged', 'split']);

/**
 * The analysis trail: the codebook's history replayed from the event log, milestones, comparisons
 * and the methods-section report. Every read replays the log; nothing is reconstructed from the
 * current state. Milestones are one mutation and one undo step each.
 */
export const trailContract = {
  /** The log's extent, work per day and per document, milestones and how many changes of each kind. */
  getTrailTimeline: channel<TrailTimeline>()(z.object({ filter: coderFilter.optional() }).strict()),
  /** The newest `limit` codebook changes at or before `uptoSeq` (all when omitted), optionally of some kinds. */
  listTrailChanges: channel<TrailChanges>()(
    z
      .object({
        uptoSeq: seq.optional(),
        limit: z.number().int().min(1).max(2000).default(200),
        kinds: z.array(changeKind).max(7).optional(),
      })
      .strict(),
  ),
  /** The codebook with its counts as it was after event `seq` (clamped to the log). */
  getStructureAt: channel<StructureAt>()(z.object({ seq, filter: coderFilter.optional() }).strict()),
  /** Two points compared: added, removed, merged, moved and renamed codes marked. */
  compareTrailPoints: channel<TrailComparison>()(z.object({ fromSeq: seq, toSeq: seq, filter: coderFilter.optional() }).strict()),
  /** Names a point of the log (the latest change when `seq` is omitted). */
  createMilestone: channel<Milestone>()(z.object({ name, seq: seq.optional() }).strict()),
  renameMilestone: channel<Milestone>()(z.object({ milestoneId, name }).strict()),
  deleteMilestone: channel<null>()(z.object({ milestoneId }).strict()),
  /** The methods-section report: counts at each milestone, the changes between them, the figure at each. */
  exportTrail: channel<ExportedFile>()(
    z
      .object({
        format: z.enum(TRAIL_FORMATS),
        filter: coderFilter.optional(),
        options: structureOptions.default(structureOptions.parse({ showCounts: true })),
      })
      .strict(),
  ),
  /** New 1st-order concepts per document in the chosen order, cumulative, overall and per theme (see its `definition`). */
  getSaturation: channel<SaturationResult>()(z.object(saturationQuery).strict()),
  exportSaturation: channel<ExportedFile>()(
    z.object({ ...saturationQuery, format: z.enum(SATURATION_FORMATS), dpi: z.number().int().min(72).max(1200).default(192) }).strict(),
  ),
} satisfies Record<string, ChannelSpec>;
