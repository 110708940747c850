import { alignedWindows, tracesToDraw, type EventPath } from './aligned-windows';
import { ev, seriesOn, weekdays } from './test-fixtures';

const dates = weekdays('2024-01-01', 80);
const s = seriesOn(dates, dates.map((_, i) => 100 + (i % 5)));

describe('aligned windows of many events', () => {
  it('gives events with the same T0 one shared path, and means over every event', () => {
    const crowd = Array.from({ length: 30_000 }, (_, i) => ev(`c-${i}`, dates[40]));
    const w = alignedWindows([...crowd, ev('other', dates[60])], s, { from: -10, to: 10 });
    expect(w.paths).toHaveLength(30_001);
    // One values array for the 30,000 (not 30,000 copies of 21 figures).
    expect(new Set(w.paths.map((p) => p.values)).size).toBe(2);
    expect(w.count.every((n) => n === 30_001)).toBe(true);
    // At k = 0 the crowd moved 100 → 100 (dates[40] is i = 40: 100 + 0; T−1 is 104): (100/104 − 1) × 100.
    const j0 = w.ks.indexOf(0);
    const crowd0 = (100 / 104 - 1) * 100;
    const other0 = (100 / 104 - 1) * 100; // i = 60: same phase of the 5-day cycle
    expect(w.mean[j0]).toBeCloseTo((30_000 * crowd0 + other0) / 30_001, 9);
  });
});

describe('tracesToDraw', () => {
  const path = (id: string, t0: number): EventPath => ({ eventId: id, t0: t0 as EventPath['t0'], t0At: (t0 * 86_400_000) as EventPath['t0At'], values: [t0] });

  it('draws one trace per distinct T0, counting the events it stands for', () => {
    const got = tracesToDraw([path('a', 5), path('b', 3), path('c', 5), path('d', 5)]);
    expect(got.distinct).toBe(2);
    expect(got.traces.map((t) => [t.path.eventId, t.events])).toEqual([
      ['b', 1],
      ['a', 3],
    ]);
  });

  it('draws at most `max` traces, spread over the T0 order', () => {
    const paths = Array.from({ length: 1000 }, (_, i) => path(`e${i}`, i));
    const got = tracesToDraw(paths, 4);
    expect(got.distinct).toBe(1000);
    expect(got.traces.map((t) => t.path.t0)).toEqual([0, 250, 500, 750]);
  });
});
