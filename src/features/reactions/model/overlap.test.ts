import { computeReactions } from './compute-reactions';
import { findOverlaps } from './overlap';
import { ev, seriesOn, weekdays } from './test-fixtures';

describe('findOverlaps (by T0 index)', () => {
  it('flags events whose T0s are at most 5 observations apart, and lists the others', () => {
    const got = findOverlaps(['a', 'b', 'c', 'd', 'e'], [10, 15, 16, 30, null]);
    expect(got).toEqual([
      { overlap: true, count: 1, with: ['b'] }, // 15 − 10 = 5: inside [T0−5, T0+5]
      { overlap: true, count: 2, with: ['a', 'c'] },
      { overlap: true, count: 1, with: ['b'] }, // 16 − 10 = 6: outside
      { overlap: false, count: 0, with: [] },
      { overlap: false, count: 0, with: [] }, // no T0 in the series
    ]);
  });
  it('flags two events with the same T0, and ignores events without one', () => {
    expect(findOverlaps(['x', 'y', 'z'], [3, 3, null])).toEqual([
      { overlap: true, count: 1, with: ['y'] },
      { overlap: true, count: 1, with: ['x'] },
      { overlap: false, count: 0, with: [] },
    ]);
  });
  it('respects a custom half-width', () => {
    expect(findOverlaps(['a', 'b'], [0, 2], 1)).toEqual([
      { overlap: false, count: 0, with: [] },
      { overlap: false, count: 0, with: [] },
    ]);
  });
});

describe('overlap in computed reactions (window in observations, not calendar days)', () => {
  // Weekdays from Mon 2024-01-01, so a week is 5 observations.
  const dates = weekdays('2024-01-01', 40);
  const s = seriesOn(dates, dates.map((_, i) => 1300 + i));
  it('one week later (5 observations) overlaps; 6 observations (8 calendar days) does not', () => {
    const rows = computeReactions(
      [ev('mon-a', '2024-01-08'), ev('mon-b', '2024-01-15'), ev('tue-c', '2024-01-23'), ev('sat-d', '2024-02-03')],
      [s],
    );
    // T0 indices: a 5, b 10, c 16, d 25 (Saturday → Monday 02-05)
    expect(rows.map((r) => [r.event.id, r.overlap, r.overlapWith])).toEqual([
      ['mon-a', true, ['mon-b']],
      ['mon-b', true, ['mon-a']],
      ['tue-c', false, []],
      ['sat-d', false, []],
    ]);
  });
  it('does not count an event beyond the data as a neighbour', () => {
    const rows = computeReactions([ev('last', dates[39]), ev('after', '2030-01-01')], [s]);
    expect(rows.map((r) => r.overlap)).toEqual([false, false]);
  });
});
