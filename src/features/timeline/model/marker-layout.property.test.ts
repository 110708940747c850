import fc from 'fast-check';
import { runs } from '../../../lib/property-runs';
import { asMs } from '../../../lib/units';
import { layoutMarkers } from './marker-layout';

// The layout works on any time unit; these place markers at plain numbers (1 unit = 0.25 px here).
const ev = (id: string, at: number) => ({ id, at });

describe('layoutMarkers (property)', () => {
  it('never places two groups closer than the gap or their widths, and keeps every id once (property)', () => {
    // The widths as drawn: a marker's shape 6 px either side; a badge 8, or 10.5 with three characters.
    const half = (n: number) => (n === 1 ? 6 : n < 100 ? 8 : 10.5);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2000 }), { maxLength: 400 }), fc.integer({ min: 1, max: 30 }), (ats, gap) => {
        const events = ats.map((at, i) => ev(`e${i}`, at));
        const g = layoutMarkers(events, asMs(0), asMs(2000), 500, gap);
        for (let i = 1; i < g.length; i++) {
          expect(g[i].x - g[i - 1].x).toBeGreaterThanOrEqual(Math.max(gap, half(g[i - 1].ids.length) + half(g[i].ids.length) + 1) - 1e-9);
        }
        expect(g.flatMap((x) => x.ids).sort()).toEqual(events.map((e) => e.id).sort());
      }),
      runs(200),
    );
  });

});
