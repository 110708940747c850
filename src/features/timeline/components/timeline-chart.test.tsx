// @vitest-environment jsdom
import { act, render } from '@testing-library/react';
import { midnightSeries, msOfDay } from '../../rates/model/test-fixtures';
import { TimelineChart } from './timeline-chart';
import { chartTestProps } from './chart-test-props';
import { activateLang } from '../../../i18n/i18n';

const days = Array.from({ length: 60 }, (_, i) => 19_000 + i);
const usd = midnightSeries(days, days.map((_, i) => 1300 + (i % 7)));

/** Runs the frames the chart asked for (its paint signal waits for one), and the tasks after them. */
async function nextFrames(n = 2) {
  for (let i = 0; i < n; i++) {
    await act(() => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0))));
  }
}

const props = (from: number, to: number, onPainted = vi.fn()) => chartTestProps(usd, from, to, { onPainted });

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

describe('TimelineChart in Korean', () => {
  afterEach(async () => {
    await activateLang('en');
  });
  it('labels the time axis and the legend in Korean', async () => {
    await activateLang('ko');
    // Days 19,000–19,059: 8 Jan – 8 Mar 2022; at this width, month ticks with the year at the first.
    const { getByTestId } = render(<TimelineChart {...props(msOfDay(19_000), msOfDay(19_059))} />);
    await nextFrames();
    const box = getByTestId('timeline-chart');
    const ticks = [...box.querySelectorAll('.time-axis text')].map((t) => t.textContent);
    expect(ticks).toEqual(['2022년 2월', '3월']);
    expect(box.querySelector('.chart-legend')).toHaveTextContent('원/달러');
    expect(box.querySelector('.chart-legend')).toHaveTextContent('원화 약세 ↑');
  });
});
