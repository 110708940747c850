import { isPairId, type SeriesId } from '../config/series';
import type { Series, SeriesBundle } from '../features/rates/model/series';
import { rangeEndDate } from '../lib/range-text';

// No React here: the early first frame (first-frame.ts) uses this too.

export interface ShownSeries {
  /** In the order of `ids`; each built-in pair's comparison line right after its own. */
  series: Series[];
  /** The first and last dates (UTC) with an observation in any shown series or the bundle. */
  first: string | null;
  last: string | null;
}

/**
 * The lines a view shows: each id of the URL's `pairs` from the shown source's bundle (a built-in
 * pair) or from the browser's imported series; with `compare`, each built-in pair again from the
 * other source (a comparison line). An id with no observations draws nothing.
 */
export function shownSeries(bundle: SeriesBundle | undefined, compare: SeriesBundle | undefined, ids: readonly SeriesId[], imported: readonly Series[]): ShownSeries {
  if (!bundle) return { series: [], first: null, last: null };
  const byId = new Map(imported.map((s) => [s.id, s]));
  const out: Series[] = [];
  for (const id of ids) {
    if (isPairId(id)) {
      const s = bundle.series[id];
      if (s && s.t.length) out.push(s);
      const c = compare?.series[id];
      if (c && c.t.length) out.push({ ...c, compare: true });
    } else {
      const s = byId.get(id);
      if (s && s.t.length) out.push(s);
    }
  }
  let first = bundle.first;
  let last = bundle.asOf;
  for (const s of out) {
    if (s.meta.builtIn) continue;
    const a = rangeEndDate(s.t[0], 'from');
    const b = rangeEndDate(s.t[s.t.length - 1], 'from');
    if (a < first) first = a;
    if (b > last) last = b;
  }
  return { series: out, first, last };
}
