// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { PlotFrame } from './plot-frame';
import type { ChartData } from '../model/chart-rows';
import { LinesLayer } from './lines-layer';

// A 300 × 200 chart with no margin: the plot is the whole chart.
const data: ChartData = {
  lines: [
    { key: 'USDKRW', id: 'USDKRW', source: 'snapshot', colorVar: '--pair-USDKRW', dashed: false, step: false, axis: 'left', t: [0, 10], values: [1000, 1100] },
    { key: 'CNYKRW', id: 'CNYKRW', source: 'snapshot', colorVar: '--pair-CNYKRW', dashed: false, step: false, axis: 'right', t: [0, 10], values: [150, 160] },
  ],
  left: { domain: [1000, 1100], ticks: [1000, 1100] },
  right: { domain: [150, 200], ticks: [150, 200] },
  rightKeys: ['CNYKRW'],
  pointCount: 4,
};
const margin = { top: 0, right: 0, bottom: 0, left: 0 };

describe('LinesLayer', () => {
  it('draws each pair on its own axis scale and redraws on a new range', () => {
    const { container, rerender } = render(
      <PlotFrame width={300} height={200} margin={margin}>
        <LinesLayer data={data} from={0} to={10} />
      </PlotFrame>,
    );
    const d = (pair: string) => container.querySelector(`path[data-pair="${pair}"]`)?.getAttribute('d');
    expect(d('USDKRW')).toBe('M0 200L300 0');
    expect(d('CNYKRW')).toBe('M0 200L300 160');
    rerender(
      <PlotFrame width={300} height={200} margin={margin}>
        <LinesLayer data={data} from={0} to={20} />
      </PlotFrame>,
    );
    expect(d('USDKRW')).toBe('M0 200L150 0');
  });
});
