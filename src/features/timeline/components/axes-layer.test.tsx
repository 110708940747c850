// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { PlotFrame } from './plot-frame';
import { plotMargin } from '../model/chart-layout';
import { AxesLayer } from './axes-layer';

// A 600 × 300 chart with both value axes and the time axis: plot x 60…528, y 22…262.
const margin = plotMargin(true, true);
const left = { domain: [1000, 1400] as [number, number], ticks: [1000, 1200, 1400] };
const right = { domain: [160, 200] as [number, number], ticks: [160, 180, 200] };
const xTicks = [
  { at: 100, label: '2000' },
  { at: 150, label: 'Jul 2000' },
];

function draw(props: Partial<Parameters<typeof AxesLayer>[0]> = {}) {
  const { container } = render(
    <PlotFrame width={600} height={300} margin={margin}>
      <AxesLayer from={100} to={200} xTicks={xTicks} left={left} right={right} formatY={(v) => `${v}`} {...props} />
    </PlotFrame>,
  );
  return container;
}

const texts = (el: Element | null) => [...(el?.querySelectorAll('text') ?? [])].map((t) => [t.textContent, Number(t.getAttribute('x')), Number(t.getAttribute('y'))]);

describe('AxesLayer', () => {
  it('puts each value tick at its height on the plot and labels it beside its axis', () => {
    const c = draw();
    // Bottom of the plot = 300 − 4 − 30 = 266, top = 22: 1000 at 266, 1200 halfway, 1400 at 22 (labels 4 px lower).
    expect(texts(c.querySelector('.value-axis-left'))).toEqual([
      ['1000', 60 - 12, 270],
      ['1200', 60 - 12, 148],
      ['1400', 60 - 12, 26],
    ]);
    expect(texts(c.querySelector('.value-axis-right')).map(([t, x]) => [t, x])).toEqual([
      ['160', 600 - 68 + 12],
      ['180', 600 - 68 + 12],
      ['200', 600 - 68 + 12],
    ]);
    const grid = [...c.querySelectorAll('.chart-grid line')].map((l) => Number(l.getAttribute('y1')));
    expect(grid).toEqual([266, 144, 22]);
  });
  it('puts time ticks at their day across the plot, labelled under it', () => {
    const c = draw();
    // Plot x from 60 to 600 − 12 − 56 = 532: day 150 is halfway.
    expect(texts(c.querySelector('.time-axis'))).toEqual([
      ['2000', 60, 266 + 22],
      ['Jul 2000', 296, 266 + 22],
    ]);
  });
  it('draws no time axis and no right axis when not asked', () => {
    const c = draw({ xTicks: undefined, right: undefined });
    expect(c.querySelector('.time-axis')).toBeNull();
    expect(c.querySelector('.value-axis-right')).toBeNull();
    expect(c.querySelector('.value-axis-left')).not.toBeNull();
  });
});
