import { asMs, DAY_MS } from '../../../lib/units';

// The layout works on any time unit; these tests place markers at plain numbers.
const asDay = asMs;
import { clusterBadge, clusterRadius, clusterZoomRange, layoutMarkers, layoutWithSelected, markerRadius } from './marker-layout';

describe('layoutMarkers', () => {
  const ev = (id: string, at: number) => ({ id, at });

  it('keeps well-spaced markers single, at their pixel', () => {
    const g = layoutMarkers([ev('b', 50), ev('a', 0), ev('c', 100)], asDay(0), asDay(100), 1000);
    expect(g.map((x) => x.ids)).toEqual([['a'], ['b'], ['c']]);
    expect(g.map((x) => x.x)).toEqual([0, 500, 1000]);
  });

  it('clusters markers closer than the gap and keeps every id', () => {
    const g = layoutMarkers([ev('a', 10), ev('b', 11), ev('c', 12), ev('d', 80)], asDay(0), asDay(100), 200, 12);
    expect(g.map((x) => x.ids)).toEqual([['a', 'b', 'c'], ['d']]);
    expect(g[0].fromAt).toBe(10);
    expect(g[0].toAt).toBe(12);
    expect(g[0].x).toBeCloseTo(22, 6);
  });

  it('expands a cluster when zoomed in', () => {
    const events = [ev('a', 10), ev('b', 11), ev('c', 12)];
    expect(layoutMarkers(events, asDay(0), asDay(1000), 500).length).toBe(1);
    expect(layoutMarkers(events, asDay(9), asDay(13), 500).length).toBe(3);
  });

  it('leaves out events outside the domain', () => {
    expect(layoutMarkers([ev('a', -1), ev('b', 101)], asDay(0), asDay(100), 100)).toEqual([]);
  });

  it('merges two clusters whose badges would touch (16 px badges need 17 px between centres)', () => {
    // Greedy groups: {0, 14} (mean 7) and {15, 29} (mean 22): 15 px apart, two 2-digit badges
    // of radius 8 overlap by a pixel; merged, all four sit at their mean, (0 + 14 + 15 + 29) / 4.
    const g = layoutMarkers([ev('a', 0), ev('b', 14), ev('c', 15), ev('d', 29)], asDay(0), asDay(100), 100, 15);
    expect(g.map((x) => x.ids)).toEqual([['a', 'b', 'c', 'd']]);
    expect(g[0].x).toBeCloseTo(14.5, 9);
    expect([g[0].fromAt, g[0].toAt]).toEqual([0, 29]);
  });

  it('keeps a single marker beside a cluster when they do not touch (6 + 8 + 1 = 15 px)', () => {
    // 'a' alone at 0; {b, c} at 15 and 16, mean 15.5: 15.5 px from 'a'.
    const g = layoutMarkers([ev('a', 0), ev('b', 15), ev('c', 16)], asDay(0), asDay(100), 100, 15);
    expect(g.map((x) => x.ids)).toEqual([['a'], ['b', 'c']]);
  });

  it('gives a three-character badge ("100") its width: 10.5 + 6 + 1 = 17.5 px', () => {
    const hundred = Array.from({ length: 100 }, (_, i) => ev(`h${String(i).padStart(3, '0')}`, 0));
    const near = layoutMarkers([...hundred, ev('x', 16)], asDay(0), asDay(100), 100, 15);
    expect(near.map((x) => x.ids.length)).toEqual([101]);
    const apart = layoutMarkers([...hundred, ev('x', 18)], asDay(0), asDay(100), 100, 15);
    expect(apart.map((x) => x.ids.length)).toEqual([100, 1]);
    expect(clusterRadius(100)).toBe(10.5);
    expect(clusterRadius(99)).toBe(8);
  });

  it('keeps the selected event out of a cluster, drawn last', () => {
    const events = [ev('a', 10), ev('b', 11), ev('c', 12)];
    const g = layoutWithSelected(events, 'b', asDay(0), asDay(1000), 500);
    expect(g.map((x) => x.ids)).toEqual([['a', 'c'], ['b']]);
    expect(layoutWithSelected(events, 'zz', asDay(0), asDay(1000), 500).map((x) => x.ids)).toEqual([['a', 'b', 'c']]);
  });
});

describe('markerRadius', () => {
  it('is 4, 5 and 6 px by importance (5 unrated), 1.5 px more when selected', () => {
    expect([markerRadius(1), markerRadius(2), markerRadius(3), markerRadius(undefined)]).toEqual([4, 5, 6, 5]);
    expect([markerRadius(1, true), markerRadius(3, true)]).toEqual([5.5, 7.5]);
  });
});

describe('the selected marker beside others', () => {
  const ev = (id: string, at: number) => ({ id, at });
  // Plot 100 px for 0..100: x = at. Widths: a marker 6 px either side, the selected one 7.5, a
  // two-digit badge 8; they touch when the centres are closer than the two and a pixel.
  it('takes a row of its own when it would cover a badge (8 + 7.5 + 1 = 16.5 px)', () => {
    const g = layoutWithSelected([ev('a', 0), ev('b', 1), ev('s', 10)], 's', asDay(0), asDay(100), 100, 15);
    expect(g.map((x) => [x.ids, x.row])).toEqual([[['a', 'b'], undefined], [['s'], 1]]);
    const far = layoutWithSelected([ev('a', 0), ev('b', 1), ev('s', 17)], 's', asDay(0), asDay(100), 100, 15);
    expect(far.map((x) => x.row)).toEqual([undefined, undefined]);
  });

  it('takes it when it would cover a single marker (6 + 7.5 + 1 = 14.5 px), not when clear of it', () => {
    expect(layoutWithSelected([ev('a', 0), ev('s', 14)], 's', asDay(0), asDay(100), 100, 15).at(-1)!.row).toBe(1);
    expect(layoutWithSelected([ev('a', 0), ev('s', 15)], 's', asDay(0), asDay(100), 100, 15).at(-1)!.row).toBeUndefined();
    expect(layoutWithSelected([ev('s', 50)], 's', asDay(0), asDay(100), 100, 15)).toEqual([{ x: 50, ids: ['s'], fromAt: 50, toAt: 50 }]);
  });
});

describe('clusterZoomRange', () => {
  const days = (r: [number, number]) => r.map((x) => x / DAY_MS);
  it('pads a cluster by 60 % of its span either side, at least 3 days', () => {
    // 10 days × 0.6 = 6 days; 1 day × 0.6 = 0.6 day, below the 3-day minimum.
    expect(days(clusterZoomRange({ x: 0, ids: ['a', 'b'], fromAt: 100 * DAY_MS, toAt: 110 * DAY_MS }))).toEqual([94, 116]);
    expect(days(clusterZoomRange({ x: 0, ids: ['a', 'b'], fromAt: 100 * DAY_MS, toAt: 101 * DAY_MS }))).toEqual([97, 104]);
  });
  it('pads by the minimum it is given (a zoomed-in chart passes less than 3 days)', () => {
    // Two events 10 minutes apart, a 30-minute minimum: 6 minutes (60 % of 10) is below it.
    const at = Date.UTC(2024, 2, 5, 1, 30);
    expect(clusterZoomRange({ x: 0, ids: ['a', 'b'], fromAt: at, toAt: at + 600_000 }, 1_800_000)).toEqual([at - 1_800_000, at + 600_000 + 1_800_000]);
  });
});

describe('many events on one day', () => {
  it('puts 30,000 events of one day in one cluster that keeps every id, with a badge that fits', () => {
    const events = Array.from({ length: 30_000 }, (_, i) => ({ id: `u-${i}`, at: 16806 }));
    const g = layoutWithSelected([...events, { id: 'other', at: 16900 }], 'u-7', asDay(16000), asDay(17000), 900);
    expect(g.map((x) => x.ids.length)).toEqual([29_999, 1, 1]);
    expect(g[2].ids).toEqual(['u-7']); // the selected one on its own, drawn last
    expect(clusterBadge(g[0].ids.length)).toBe('29k');
    expect(clusterBadge(999)).toBe('999');
  });
});
