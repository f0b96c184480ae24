export { defaultThresholds, readHealth } from './health';
export type { HealthAlert, HealthAlertCode, HealthReading, HealthThresholds, ObsStatsSample } from './health';
export { HealthSummaryBuilder } from './health-summary';
export type { HealthSummary } from './health-summary';
export type { LiveInvalidReason } from './live-error';
export {
  advance,
  currentPosition,
  maxPlannedMinutes,
  maxRundownItems,
  maxShownEntries,
  nextItem,
  positionsOf,
  validateRundown,
} from './rundown';
export type { AdvancePatch, NextItem, RundownPositions, RundownState } from './rundown';
export { endSession, newSession, productSpans } from './session-record';
export type { EndPatch, NewSessionInput, ProductSpan } from './session-record';
export { dueWindowMs, segmentTiming, showTiming } from './timing';
export type { SegmentTiming, ShowTiming, TimedSession } from './timing';
