// @vitest-environment jsdom
import { act, fireEvent, render } from '@testing-library/react';
import { midnightSeries, msOfDay } from '../../rates/model/test-fixtures';
import { TimelineChart } from './timeline-chart';
import { chartTestProps } from './chart-test-props';

const days = Array.from({ length: 60 }, (_, i) => 19_000 + i);
const usd = midnightSeries(days, days.map((_, i) => 1300 + i));

const props = (from: number, to: number) => chartTestProps(usd, from, to);

async function frame() {
  await act(() => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0))));
}

describe('the crosshair never outlives what is under the pointer', () => {
  const crosshair = (box: HTMLElement) => ({
    tooltip: box.querySelector('.crosshair-tooltip'),
    line: box.querySelector('.interaction-layer line'),
  });

  let x = 0;
  async function hovered() {
    const r = render(<TimelineChart {...props(msOfDay(19_000), msOfDay(19_059))} />);
    await frame();
    const box = r.getByTestId('timeline-chart');
    const hit = box.querySelector('.plot-hit')!;
    // A pixel a third of the way across the plot (the box stands at the page's left edge).
    x = Number(hit.getAttribute('x')) + Number(hit.getAttribute('width')) / 3;
    fireEvent.mouseMove(hit, { clientX: x, clientY: 100 });
    expect(crosshair(box).tooltip).not.toBeNull();
    expect(crosshair(box).line).not.toBeNull();
    return { ...r, box, hit };
  }

  it('hides on a new range (a zoom), and shows again, afresh, on the next pointer move', async () => {
    const { box, hit, rerender } = await hovered();
    const before = crosshair(box).tooltip!.textContent;
    rerender(<TimelineChart {...props(msOfDay(19_030), msOfDay(19_059))} />);
    expect(crosshair(box).tooltip).toBeNull();
    expect(crosshair(box).line).toBeNull();
    fireEvent.mouseMove(hit, { clientX: x, clientY: 100 });
    // The same pixel now stands for a later day (the range starts 30 days later, the line rises by day).
    expect(crosshair(box).tooltip).not.toBeNull();
    expect(crosshair(box).tooltip!.textContent).not.toBe(before);
  });

  it('hides on a page scroll and on a wheel over the chart, not on a scroll elsewhere', async () => {
    const { box, hit } = await hovered();
    const list = document.createElement('div');
    document.body.append(list);
    fireEvent.scroll(list);
    expect(crosshair(box).tooltip).not.toBeNull();
    fireEvent.scroll(document); // a page scroll's target
    expect(crosshair(box).tooltip).toBeNull();
    fireEvent.mouseMove(hit, { clientX: x, clientY: 100 });
    expect(crosshair(box).tooltip).not.toBeNull();
    fireEvent.wheel(hit, { deltaY: 100 });
    expect(crosshair(box).tooltip).toBeNull();
    list.remove();
  });

  it('hides while a drag goes on', async () => {
    const { box, hit } = await hovered();
    fireEvent.mouseDown(hit, { clientX: x, clientY: 100, button: 0 });
    expect(crosshair(box).tooltip).toBeNull();
    fireEvent.mouseMove(hit, { clientX: x + 40, clientY: 100 });
    expect(crosshair(box).tooltip).toBeNull();
    fireEvent.mouseUp(window, { clientX: x + 40, clientY: 100 });
  });
});
