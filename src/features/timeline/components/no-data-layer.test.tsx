// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import type { UnixMs } from '../../../lib/units';
import { NoDataLayer, wrap } from './no-data-layer';
import { PlotFrame } from './plot-frame';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) as UnixMs;
const LABEL = 'No Federal Reserve H.10 figures after 2024-11-29: choose the live ECB source';
const SHORT = 'No Federal Reserve H.10 figures after 2024-11-29';

function draw(from: string, to: string) {
  render(
    <PlotFrame width={600} height={200} margin={{ top: 10, right: 10, bottom: 10, left: 10 }}>
      <NoDataLayer from={day(from)} to={day(to)} end={{ at: day('2024-11-29'), label: LABEL, short: SHORT }} />
    </PlotFrame>,
  );
}

describe('NoDataLayer', () => {
  it('shades the span after the last observation, to the right edge, and labels it', () => {
    draw('2024-01-01', '2025-12-31');
    const span = screen.getByTestId('no-data-span');
    expect(span).toHaveAttribute('aria-label', LABEL);
    const rect = span.querySelector('rect')!;
    const x = Number(rect.getAttribute('x'));
    const w = Number(rect.getAttribute('width'));
    // 2024-11-29 is 333 of 730 days into the range; the plot is 580 px wide from x = 10.
    expect(x).toBeCloseTo(10 + (333 / 730) * 580, 5);
    expect(x + w).toBeCloseTo(590, 5);
    expect(span.textContent).toContain('2024-11-29');
  });
  it('puts the short label beside a narrow span, right-aligned inside the plot, with every word of it', () => {
    // 2024-11-29 … 2025-01-31 is 63 of 1,857 days from 2020-01-01: a span of about 20 px.
    draw('2020-01-01', '2025-01-31');
    const span = screen.getByTestId('no-data-span');
    const x = Number(span.querySelector('rect')!.getAttribute('x'));
    const text = span.querySelector('text')!;
    expect(text).toHaveAttribute('text-anchor', 'end');
    expect(Number(text.getAttribute('x'))).toBe(x - 6);
    expect([...text.querySelectorAll('tspan')].map((t) => t.textContent)).toEqual(['No Federal Reserve H.10', 'figures after 2024-11-29']);
    expect(span).toHaveAttribute('aria-label', LABEL);
  });
  it('draws nothing when the data reach the right edge', () => {
    draw('2020-01-01', '2024-11-29');
    expect(screen.queryByTestId('no-data-span')).toBeNull();
  });
  it('shades the whole plot when the range starts after the data end', () => {
    draw('2025-01-01', '2025-06-30');
    const rect = screen.getByTestId('no-data-span').querySelector('rect')!;
    expect(Number(rect.getAttribute('x'))).toBe(10);
    expect(Number(rect.getAttribute('width'))).toBe(580);
  });
});

describe('NoDataLayer given the source and its last date', () => {
  it('words the span itself, as the app did', () => {
    render(
      <PlotFrame width={600} height={200} margin={{ top: 10, right: 10, bottom: 10, left: 10 }}>
        <NoDataLayer from={day('2024-06-01')} to={day('2025-06-01')} end={{ at: day('2024-11-30'), source: 'snapshot', asOf: '2024-11-29' }} />
      </PlotFrame>,
    );
    expect(screen.getByRole('note')).toHaveAttribute(
      'aria-label',
      'No Federal Reserve H.10 figures after 2024-11-29: choose the live ECB source, or run npm run data:update for an offline deployment',
    );
  });
});

describe('wrap', () => {
  it('breaks at spaces within the width and keeps every word', () => {
    expect(wrap('No H.10 figures after 2024-11-29: run npm run data:update', 20)).toEqual([
      'No H.10 figures',
      'after 2024-11-29:',
      'run npm run',
      'data:update',
    ]);
    expect(wrap('averyveryverylongword x', 5)).toEqual(['averyveryverylongword', 'x']);
  });
});
