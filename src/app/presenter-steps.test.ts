import { DAY_MS } from '../lib/units';
import { eventWindow, moveIndex, presenterKey, startIndex } from './presenter-steps';

describe('presenter stepping', () => {
  it('maps the keys: arrows and PageUp/PageDown step, Home/End jump, Esc leaves, others nothing', () => {
    expect(['ArrowRight', 'PageDown', 'ArrowLeft', 'PageUp', 'Home', 'End', 'Escape', 'a', 'ArrowUp'].map(presenterKey)).toEqual([
      'next',
      'next',
      'prev',
      'prev',
      'first',
      'last',
      'exit',
      null,
      null,
    ]);
  });

  it('steps inside the list and stays at its ends', () => {
    expect(moveIndex(5, 2, 'next')).toBe(3);
    expect(moveIndex(5, 2, 'prev')).toBe(1);
    expect(moveIndex(5, 4, 'next')).toBe(4);
    expect(moveIndex(5, 0, 'prev')).toBe(0);
    expect(moveIndex(5, 2, 'first')).toBe(0);
    expect(moveIndex(5, 2, 'last')).toBe(4);
  });

  it('starts at the first item from outside the list, and has nothing to show for an empty one', () => {
    expect(moveIndex(3, -1, 'next')).toBe(0);
    expect(moveIndex(3, 7, 'prev')).toBe(0);
    expect(moveIndex(3, -1, 'last')).toBe(2);
    expect(moveIndex(0, 0, 'next')).toBe(-1);
    expect(moveIndex(0, -1, 'first')).toBe(-1);
  });

  const list = [
    { id: 'a', at: 10 },
    { id: 'b', at: 20 },
    { id: 'c', at: 30 },
    { id: 'd', at: 40 },
  ];

  it('starts at the selected event, else the first in the visible range, else the first', () => {
    expect(startIndex(list, 'c', { from: 0, to: 15 })).toBe(2);
    expect(startIndex(list, 'zz', { from: 25, to: 45 })).toBe(2);
    expect(startIndex(list, null, { from: 20, to: 20 })).toBe(1);
    expect(startIndex(list, null, { from: 50, to: 60 })).toBe(0);
    expect(startIndex(list, null, null)).toBe(0);
    expect(startIndex([], 'a', null)).toBe(-1);
  });
});

describe('presenter chart window', () => {
  // Observations on days 0..29 at noon (day numbers × DAY_MS + 12 h).
  const noon = (d: number) => d * DAY_MS + DAY_MS / 2;
  const t = Array.from({ length: 30 }, (_, d) => noon(d));
  const half = DAY_MS / 2;

  it('reaches win[0] observations before T0 and win[1] after it, with half a day of margin', () => {
    // An event on day 10 at 09:00: T0 is day 10's noon fix (index 10); −3 → day 7, +5 → day 15.
    const at = 10 * DAY_MS + 9 * 3_600_000;
    expect(eventWindow(t, at, [-3, 5])).toEqual({ from: noon(7) - half, to: noon(15) + half });
  });

  it('takes the next observation as T0 for an event after the day\'s fix', () => {
    const at = 10 * DAY_MS + 15 * 3_600_000; // after day 10's noon: T0 is day 11
    expect(eventWindow(t, at, [-1, 1])).toEqual({ from: noon(10) - half, to: noon(12) + half });
  });

  it('reaches past the data by calendar days (7/5 per trading day) where the series ends first', () => {
    const at = 28 * DAY_MS; // T0 = index 28; +5 is past the last (index 29)
    expect(eventWindow(t, at, [-2, 5])).toEqual({ from: noon(26) - half, to: at + 7 * DAY_MS + half });
    // After the last observation: T0 would be the next one (index 30); −10 → index 20.
    const after = 40 * DAY_MS;
    expect(eventWindow(t, after, [-10, 10])).toEqual({ from: noon(20) - half, to: after + 14 * DAY_MS + half });
    expect(eventWindow([], after, [-5, 5])).toEqual({ from: after - 7 * DAY_MS - half, to: after + 7 * DAY_MS + half });
  });
});
