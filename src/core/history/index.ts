/** The analysis trail: the codebook and its counts replayed from the event log, pure. */
export * from './log-event';
export * from './replay-state';
export * from './event-digest';
export * from './trail-ledger';
export * from './state-views';
export * from './structure-diff';
export { markStructureSvg, MARK_STYLE } from './comparison-svg';
export * from './trail-report';
export { trailToMarkdown, intervalLines, pointCells, POINT_HEADERS } from './trail-markdown';
