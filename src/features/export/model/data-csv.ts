import { lowerBoundMs, type Series } from '../../rates/model/series';
import { lineKeyOf } from '../../rates/model/registry';
import { DAY_MS, type UnixMs } from '../../../lib/units';

/** A column's name: the series id, with `@<source>` for a comparison line (`USDKRW@ecb`). */
export function dataColumnName(s: Pick<Series, 'id' | 'source' | 'compare'>): string {
  return lineKeyOf(s.id, s.source, s.compare === true);
}

/**
 * SPEC data CSV with the series model's additions: a column per shown line (named by
 * dataColumnName); every observation whose instant is in [from, to], unsampled, written as the
 * shortest string that round-trips its figure; a line without an observation on a row has an
 * empty field (never a filled value).
 * - Only daily series: `date,<columns>…`, one row per date on which any line has an observation.
 * - Any intraday series: `timestamp,<columns>…`, one row per instant (ISO 8601, UTC, to the
 *   millisecond); a daily series' figure stands at its fix instant (H.10 noon New York, ECB 14:15
 *   Frankfurt, an imported daily file its stated fix).
 */
export function dataCsv(series: readonly Series[], from: UnixMs, to: UnixMs): string {
  const byTime = series.some((s) => s.meta.resolution === 'intraday');
  const cols = series.map((s) => ({ s, i: lowerBoundMs(s.t, from), end: lowerBoundMs(s.t, to + 1e-3) }));
  const keyAt = (s: Series, i: number) => (byTime ? s.t[i] : s.days[i]);
  const lines = [[byTime ? 'timestamp' : 'date', ...series.map(dataColumnName)].join(',')];
  for (;;) {
    let next = Infinity;
    for (const c of cols) if (c.i < c.end) next = Math.min(next, keyAt(c.s, c.i));
    if (next === Infinity) break;
    const cells = [byTime ? new Date(next).toISOString() : new Date(next * DAY_MS).toISOString().slice(0, 10)];
    for (const c of cols) {
      if (c.i < c.end && keyAt(c.s, c.i) === next) {
        cells.push(String(c.s.values[c.i]));
        c.i++;
      } else cells.push('');
    }
    lines.push(cells.join(','));
  }
  return lines.join('\n') + '\n';
}
