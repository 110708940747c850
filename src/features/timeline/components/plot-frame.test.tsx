// @vitest-environment jsdom
import { render } from '@testing-library/react';
import type { ChartData } from '../model/chart-rows';
import { LinesLayer } from './lines-layer';
import { plotBoxOf } from '../model/chart-layout';
import { PlotFrame, usePlotBox } from './plot-frame';

const data: ChartData = {
  lines: [{ key: 'USDKRW', id: 'USDKRW', source: 'snapshot', colorVar: '--pair-USDKRW', dashed: false, step: false, axis: 'left', t: [0, 10], values: [1000, 1100] }],
  left: { domain: [1000, 1100], ticks: [1000, 1100] },
  right: null,
  rightKeys: [],
  pointCount: 2,
};
const margin = { top: 10, right: 20, bottom: 30, left: 40 };

function PlotBox() {
  const a = usePlotBox();
  return <rect data-testid="plot-box" x={a?.x} y={a?.y} width={a?.width} height={a?.height} />;
}

describe('PlotFrame', () => {
  it('gives its layers the plot area inside the margins', () => {
    const { getByTestId } = render(
      <PlotFrame width={300} height={200} margin={margin}>
        <PlotBox />
      </PlotFrame>,
    );
    const box = getByTestId('plot-box');
    expect([box.getAttribute('x'), box.getAttribute('y'), box.getAttribute('width'), box.getAttribute('height')]).toEqual(['40', '10', '240', '160']);
  });

  it('has no plot area outside a frame, and never a negative one', () => {
    const { container } = render(
      <svg>
        <PlotBox />
      </svg>,
    );
    expect(container.querySelector('rect')?.getAttribute('width')).toBeNull();
    expect(plotBoxOf(50, 40, margin)).toEqual({ x: 40, y: 10, width: 0, height: 0 });
  });

  it('keeps its svg and redraws the layers when only they change (a zoom)', () => {
    const { container, rerender } = render(
      <PlotFrame width={300} height={200} margin={margin} label="Rates">
        <LinesLayer data={data} from={0} to={10} />
      </PlotFrame>,
    );
    const svg = container.querySelector('svg');
    const d = () => container.querySelector('path[data-pair="USDKRW"]')?.getAttribute('d');
    expect(d()).toBe('M40 170L280 10');
    rerender(
      <PlotFrame width={300} height={200} margin={margin} label="Rates">
        <LinesLayer data={data} from={0} to={20} />
      </PlotFrame>,
    );
    expect(d()).toBe('M40 170L160 10');
    expect(container.querySelector('svg')).toBe(svg);
    expect(svg?.getAttribute('aria-label')).toBe('Rates');
  });

  it('lays the plot out again at a new size', () => {
    const { getByTestId, rerender } = render(
      <PlotFrame width={300} height={200} margin={margin}>
        <PlotBox />
      </PlotFrame>,
    );
    rerender(
      <PlotFrame width={500} height={200} margin={margin}>
        <PlotBox />
      </PlotFrame>,
    );
    expect(getByTestId('plot-box').getAttribute('width')).toBe('440');
  });
});
