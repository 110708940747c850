import { rangeIndices, type Series } from '../../rates/model/series';
import { isoFromDay, type EpochDay } from '../../../lib/units';

/**
 * SPEC data CSV: `date,<pair>…`, one row per date on which any shown series has
 * an observation inside [from, to]; every observation, unsampled, written as
 * the shortest string that round-trips the source's figure. A series without
 * an observation that day has an empty field (never a filled value).
 */
export function dataCsv(series: readonly Series[], from: EpochDay, to: EpochDay): string {
  const cols = series.map((s) => {
    const [a, b] = rangeIndices(s, from, to);
    return { s, i: a, end: b };
  });
  const lines = [['date', ...series.map((s) => s.pair)].join(',')];
  for (;;) {
    let next = Infinity;
    for (const c of cols) if (c.i < c.end) next = Math.min(next, c.s.days[c.i]);
    if (next === Infinity) break;
    const cells = [isoFromDay(next as EpochDay)];
    for (const c of cols) {
      if (c.i < c.end && c.s.days[c.i] === next) {
        cells.push(String(c.s.values[c.i]));
        c.i++;
      } else cells.push('');
    }
    lines.push(cells.join(','));
  }
  return lines.join('\n') + '\n';
}
