import { niceTicks } from '../../../lib/chart/nice-ticks';
import { lcg } from '../model/test-fixtures';
import type { AlignedWindows, EventPath } from '../model';
import { traceScale, type Fit } from './aligned-windows-chart';

/** The definition on the flat list of every event's values (shared arrays counted once per event). */
function reference(w: AlignedWindows, fit: Fit) {
  const xs = w.paths.flatMap((p) => p.values.filter((v): v is number => v !== null)).sort((a, b) => a - b);
  let lo = 0;
  let hi = 0;
  if (xs.length) {
    const q = (f: number) => xs[Math.round(f * (xs.length - 1))];
    lo = Math.min(lo, fit === 'all' ? xs[0] : q(0.05));
    hi = Math.max(hi, fit === 'all' ? xs[xs.length - 1] : q(0.95));
  }
  for (const arr of [w.mean, w.lo, w.hi]) for (const v of arr) if (v !== null) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)];
  const nice = niceTicks(lo, hi, 6);
  const [a, b] = nice.domain;
  return { ...nice, outside: w.paths.filter((p) => p.values.some((v) => v !== null && (v < a || v > b))).length };
}

describe('traceScale', () => {
  it('matches the definition on every event’s values when events share a path', () => {
    const rnd = lcg(5);
    for (let run = 0; run < 200; run++) {
      const shapes = Array.from({ length: 1 + Math.floor(rnd() * 6) }, () =>
        Array.from({ length: 7 }, () => (rnd() < 0.1 ? null : (rnd() - 0.5) * (rnd() < 0.1 ? 40 : 4))),
      );
      const paths: EventPath[] = Array.from({ length: 1 + Math.floor(rnd() * 40) }, (_, i) => {
        const k = Math.floor(rnd() * shapes.length);
        return { eventId: `e${i}`, t0: k as EventPath['t0'], t0At: (k * 86_400_000) as EventPath['t0At'], values: shapes[k] };
      });
      const none = shapes[0].map(() => null);
      const w: AlignedWindows = { ks: [-3, -2, -1, 0, 1, 2, 3], paths, count: [], mean: none, lo: none, hi: none, skipped: [] };
      for (const fit of ['core', 'all'] as const) expect(traceScale(w, fit), `run ${run} ${fit}`).toEqual(reference(w, fit));
    }
  });
});
