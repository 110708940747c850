import { csvLine, guardFormula } from '../../../lib/csv';
import { isoFromDay, type EpochDay, type UnixMs } from '../../../lib/units';
import type { ReactionRow } from './compute-reactions';
import { carOf, type EventStudyFigures } from './event-study';

/**
 * SPEC reactions CSV columns, in this order (public interface: keep stable), then `t0_utc` (added
 * at the end, so that scripts reading the SPEC's columns by position keep working). `pair` holds
 * the series id (`USDKRW`, `csv:my-ndf`), `source` its source (`snapshot`, `ecb`, `csv`): a
 * comparison line has its pair's id and the other source. `t0` and `base_date` are dates (an
 * intraday series: the UTC date of the bar); `t0_utc` is the T0 observation's instant in ISO 8601
 * UTC (`2024-07-03T01:30:00Z`), empty when there is no T0.
 *
 * Then the event study's figures of the row (issue #12, event-study.ts), at the very end: `ar_0_pct`
 * (AR at T0), `car_0_5_pct` and `car_0_20_pct` (CAR(0,5), CAR(0,20)), in percent log-return
 * points, 6 decimals, under the view's model (`mean` for a line the market model does not apply
 * to); empty when the event has none (no fit, the window past the data, the basket not loaded).
 */
export const REACTIONS_CSV_HEADER = [
  'event_id', 'date', 'title', 'category', 'pair', 'source', 't0', 'base_date', 'base_rate', 't0_rate',
  'chg_0_pct', 'chg_5_pct', 'chg_20_pct', 'pre_drift_pct', 'pre_vol_pct', 'z_0', 'overlap', 't0_utc',
  'ar_0_pct', 'car_0_5_pct', 'car_0_20_pct',
] as const;

/** Percent figures and z with 6 decimals (SPEC: at least 4); "-0.000000" is written as "0.000000". */
export function fixed6(x: number | null): string {
  if (x === null || !Number.isFinite(x)) return '';
  const s = x.toFixed(6);
  return s === '-0.000000' ? '0.000000' : s;
}

/** A rate as the source gave it: the shortest string that reads back to the same double. */
const rate = (x: number | null): string => (x === null ? '' : String(x));
const day = (d: EpochDay | null): string => (d === null ? '' : isoFromDay(d));
/** An instant in ISO 8601 UTC, without milliseconds when they are 0: `2024-07-03T01:30:00Z`. */
export const utcIso = (ms: UnixMs | null): string => (ms === null ? '' : new Date(ms).toISOString().replace('.000Z', 'Z'));

/**
 * The reactions CSV: the header, then one line per row (with its event-study figures from
 * `study`, when given); empty field where a figure is null; "\n" line endings, RFC 4180 quoting. Text fields from the
 * event (id, date, title, category) are guarded against spreadsheet formula
 * injection: a leading = + - @ TAB or CR gets an apostrophe (see lib/csv.ts).
 */
export function reactionsCsv(rows: readonly ReactionRow[], study: EventStudyFigures | null = null): string {
  const lines = [csvLine(REACTIONS_CSV_HEADER)];
  for (const r of rows) {
    const st = study?.byRow.get(r);
    lines.push(
      csvLine([
        guardFormula(r.event.id),
        guardFormula(r.event.date),
        guardFormula(r.event.title),
        guardFormula(r.event.category),
        r.pair,
        r.source,
        day(r.t0),
        day(r.baseDate),
        rate(r.baseRate),
        rate(r.t0Rate),
        fixed6(r.chg0),
        fixed6(r.chg5),
        fixed6(r.chg20),
        fixed6(r.preDrift),
        fixed6(r.preVol),
        fixed6(r.z0),
        r.overlap ? 'true' : 'false',
        utcIso(r.t0At),
        fixed6(st?.ar0 ?? null),
        fixed6(study ? carOf(study, st, 0, 5) : null),
        fixed6(study ? carOf(study, st, 0, 20) : null),
      ]),
    );
  }
  return lines.join('\n') + '\n';
}
