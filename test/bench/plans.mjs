// The bench's settings and zoom plans (scripts/bench.mjs): the built-in view and the scale case.
import { zoomRanges } from './bench-lib.mjs';
import { intradayRanges, minuteBars, spanDays } from './scale.mjs';

export const FIRST = '1981-04-13';
export const LAST = '2024-11-29';
export const PAIRS = ['USDKRW', 'JPYKRW', 'CNYKRW', 'EURKRW'];
export const APP_QUERY = `?source=snapshot&pairs=${PAIRS.join(',')}&from=${FIRST}&to=${LAST}`;
export const BUDGETS = { ttcRatio: 1.5, ttcRatioGoal: 1.0, zoomP95Ms: 50, initialJsKb: 200, heapGrowthPct: 10, studyMs: 50 };
export const PROG_STEPS = 20;
export const DRAG_STEPS = 20;
export const RESET_EVERY = 5; // drags start from the full range every 5 drags
export const HEAP_STEPS = 50; // zoom steps between the two heap readings (all range changes count)
export const PROG = zoomRanges(FIRST, LAST, PROG_STEPS, 20241129);
export const DRAGS = Array.from({ length: DRAG_STEPS }, (_, i) => {
  const a = 0.1 + 0.06 * (i % 4);
  const b = a + 0.35 + 0.05 * (i % 3);
  return i % 2 ? [b, a] : [a, b]; // fractions of the plot width; every other drag goes right to left
});
export const RESETS = Math.ceil(DRAG_STEPS / RESET_EVERY);
export const EXTRA = zoomRanges(FIRST, LAST, Math.max(0, HEAP_STEPS - PROG_STEPS - DRAG_STEPS - RESETS - 1), 7);
export const FULL = [FIRST, LAST];
/** The built-in view's zoom sequence: programmatic zooms, drags (each fifth from the full history), more zooms, back to full. */
export const BUILT_IN_PLAN = { prog: PROG, drags: DRAGS, resets: Array(RESETS).fill(FULL), extra: EXTRA, full: FULL };

// The scale case (issue 10): one imported intraday series of 1,000,000 synthetic 1-minute bars
// (every weekday minute, UTC, ending on the last day of the snapshot) and 2,000 synthetic events of
// the user at Seoul times of day over the same span, shown with the built-in pairs USD/KRW and JPY/KRW.
export const SCALE = {
  points: 1_000_000,
  events: 2_000,
  name: 'bench-1m',
  id: 'csv:bench-1m',
  unit: 'KRW per USD',
  level: 1300,
  endMs: Date.parse(`${LAST}T23:59:00Z`),
  seed: 20240101,
};
export const SCALE_BARS = minuteBars(SCALE.endMs, SCALE.points);
/** What `seedScaleSeries` (scale.mjs) is given in the page to build and store the series. */
export const SCALE_SEED = { barsSource: minuteBars.toString(), name: SCALE.name, unit: SCALE.unit, endMs: SCALE.endMs, n: SCALE.points, level: SCALE.level, seed: SCALE.seed };
SCALE.firstMs = SCALE_BARS[0];
SCALE.lastMs = SCALE_BARS[SCALE.points - 1];
export const SCALE_SPAN = spanDays(SCALE.firstMs, SCALE.lastMs);
export const SCALE_QUERY = `?source=snapshot&pairs=USDKRW,JPYKRW,${SCALE.id}&from=${FIRST}&to=${LAST}`;
export const SCALE_BUDGETS = { zoomP95Ms: 50, heapGrowthPct: 10 };
/**
 * The scale case's zoom sequence, as many steps as the built-in one: the first 10 of its
 * programmatic zooms (over the whole history) taking turns with 10 into the intraday series
 * (2 hours … the whole series, under three days as UTC minutes); the same drags, each fifth from
 * the full history (drags 1 and 11) or from the intraday series' whole span (drags 6 and 16), so
 * that the drags narrow down to days of 1-minute bars; more zooms into the series; back to full.
 */
export const SCALE_INTRADAY = intradayRanges(SCALE.firstMs, SCALE.lastMs, PROG_STEPS / 2 + EXTRA.length, 1000);
export const SCALE_PLAN = {
  prog: Array.from({ length: PROG_STEPS }, (_, i) => (i % 2 ? SCALE_INTRADAY[i >> 1] : PROG[i >> 1])),
  drags: DRAGS,
  resets: Array.from({ length: RESETS }, (_, k) => (k % 2 ? SCALE_SPAN : FULL)),
  extra: SCALE_INTRADAY.slice(PROG_STEPS / 2),
  full: FULL,
  // 2,000 events in 32 months: in a view of a few months their markers' hit columns cover much of the
  // plot, and a drag that starts on one selects the event instead of zooming.
  freeStart: true,
};

