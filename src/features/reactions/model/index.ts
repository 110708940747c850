// Public API of the reaction engine (pure: no DOM, no React).
export { announcementInstant, eventAnchor, fixInstant, type EventAnchor, type EventTiming } from './fix-instants';
export { locateT0, type LocatableSeries, type T0Location, type T0Miss } from './locate-t0';
export { eventReaction, HORIZONS, pctChange, PRE_DRIFT_LAG, PRE_VOL_RETURNS, preVolAt, reactionAt, type Reaction } from './reaction';
export { logReturns, sampleStd } from '../../rates/model/returns';
export { findOverlaps, OVERLAP_HALF_WIDTH, OVERLAP_LIST_LIMIT, type Overlap } from './overlap';
export { marketAdjusted, type AdjustedChanges } from './market-adjusted';
export { DEFAULT_VOL_WINDOW, rollingVolatility, TRADING_DAYS, type DerivedLine } from '../../rates/model/volatility';
export { alignedWindows, DEFAULT_WINDOW, MAX_DRAWN_TRACES, tracesToDraw, type AlignedWindows, type EventPath, type Trace } from './aligned-windows';
export { tQuantile975 } from './student-t';
export { ADJUSTED_LINE, computeReactions, reactionSteps, type ReactionRow } from './compute-reactions';
export { feedOf, firstFix, type Feed, type FirstFix } from './first-fix';
export { fixed6, REACTIONS_CSV_HEADER, reactionsCsv, utcIso } from './reactions-csv';
export { carOf, eventStudyFigures, eventStudySteps, marketModelSwitch, studyWindows, type EventStudyFigures, type ModelSwitch, type RowFit, type RowStudy, type StudyBasket } from './event-study';
