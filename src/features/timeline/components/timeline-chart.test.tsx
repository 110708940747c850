// @vitest-environment jsdom
import { act, render } from '@testing-library/react';
import { midnightSeries, msOfDay } from '../../rates/model/test-fixtures';
import type { UnixMs } from '../../../lib/units';
import { TimelineChart, type TimelineChartProps } from './timeline-chart';

const days = Array.from({ length: 60 }, (_, i) => 19_000 + i);
const usd = midnightSeries(days, days.map((_, i) => 1300 + (i % 7)));

/** Runs the frames the chart asked for (its paint signal waits for one), and the tasks after them. */
async function nextFrames(n = 2) {
  for (let i = 0; i < n; i++) {
    await act(() => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0))));
  }
}

function props(from: number, to: number, onPainted = vi.fn()): TimelineChartProps {
  return {
    series: [usd],
    from: from as UnixMs,
    to: to as UnixMs,
    events: [],
    selectedId: null,
    theme: 'light',
    height: 300,
    onSelect: () => {},
    onRange: () => {},
    onPainted,
  };
}

describe('TimelineChart’s paint signal', () => {
  it('marks the chart ready once, and a zoom afterwards writes no data-ready again', async () => {
    const onPainted = vi.fn();
    const { rerender, getByTestId } = render(<TimelineChart {...props(msOfDay(19_000), msOfDay(19_059), onPainted)} />);
    await nextFrames();
    const box = getByTestId('timeline-chart');
    expect(box).toHaveAttribute('data-ready', 'true');
    expect(onPainted).toHaveBeenCalledTimes(1);
    // Any write of the attribute, even of the same value, is a DOM change a frame after the zoom's.
    const writes: string[] = [];
    const mo = new MutationObserver((recs) => recs.forEach((r) => writes.push(r.attributeName ?? '')));
    mo.observe(box, { attributes: true });
    const points = box.getAttribute('data-points');
    rerender(<TimelineChart {...props(msOfDay(19_010), msOfDay(19_030), onPainted)} />);
    await nextFrames(3);
    mo.disconnect();
    expect(box.getAttribute('data-points')).not.toBe(points); // the zoom did redraw
    expect(writes).not.toContain('data-ready');
    expect(onPainted).toHaveBeenCalledTimes(1);
  });
});
