// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PlotFrame } from './plot-frame';
import { withDays } from '../../events/model/filter-events';
import { ev } from '../../events/model/test-fixtures';
import { midnightSeries, msOfDay } from '../../rates/model/test-fixtures';
import { DAY_MS, type UnixMs } from '../../../lib/units';
import type { MarkerLayerProps } from './event-marker-layer';
import { PaneMarkers, VolatilityPane, volatilityLines } from './volatility-pane';

// 100 weekdays-ish (consecutive days are fine here): returns alternate ±1 %, so the 20-day vol is constant.
const days = Array.from({ length: 100 }, (_, i) => 18_000 + i);
const values = days.map((_, i) => 1000 * Math.exp(i % 2 ? 0.01 : 0));
const usd = midnightSeries(days, values);
const from = msOfDay(18_000);
const to = msOfDay(18_099);

describe('volatilityLines', () => {
  it('is the annualised sample std of the window’s log returns, from the first full window on', () => {
    const { lines } = volatilityLines([usd], 20, from, to, 1000);
    const { t, values: v } = lines[0];
    expect(lines[0].id).toBe('USDKRW');
    expect(t[0]).toBe(18_020 * DAY_MS);
    expect(t).toHaveLength(80);
    // 20 returns alternating 0.01 and −0.01: std = 0.01·√(20/19).
    const expected = 100 * Math.sqrt(252) * 0.01 * Math.sqrt(20 / 19);
    for (const x of Array.from(v)) expect(x).toBeCloseTo(expected, 9);
  });
  it('keeps only the visible range', () => {
    const { lines } = volatilityLines([usd], 10, msOfDay(18_050), msOfDay(18_059), 1000);
    expect(Array.from(lines[0].t, (x) => x / DAY_MS)).toEqual(days.slice(50, 60));
  });
});

describe('VolatilityPane', () => {
  const base = { series: [usd], from, to, events: [], selectedId: null, theme: 'light' as const, onSelect: () => undefined, onRange: () => undefined };
  it('labels the window and changes it through the select', async () => {
    const onVol = vi.fn();
    render(<VolatilityPane {...base} vol={20} onVol={onVol} />);
    expect(screen.getByText('Realised vol, % annualised (20-day)')).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Volatility window' }), '60 days');
    expect(onVol).toHaveBeenCalledWith(60);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Volatility window' }), 'Off');
    expect(onVol).toHaveBeenLastCalledWith(0);
  });
  it('draws nothing with vol = 0', () => {
    render(<VolatilityPane {...base} vol={0} onVol={() => undefined} />);
    expect(screen.queryByTestId('volatility-pane')).toBeNull();
  });
});

describe('PaneMarkers', () => {
  // Two events far apart (single lines) and two on consecutive days (one cluster at this width).
  const events = withDays([
    ev('2020-01-10-alone', '2020-01-10', { title: 'Alone' }),
    ev('2020-06-01-pair-a', '2020-06-01', { title: 'Pair A' }),
    ev('2020-06-02-pair-b', '2020-06-02', { title: 'Pair B' }),
    ev('2020-12-01-last', '2020-12-01', { title: 'Last' }),
  ]);
  function draw() {
    const p: MarkerLayerProps = {
      events,
      from: (events[0].at - 5 * DAY_MS) as UnixMs,
      to: (events[3].at + 5 * DAY_MS) as UnixMs,
      selectedId: null,
      theme: 'light',
      onSelect: vi.fn(),
      onZoom: vi.fn(),
      onHover: vi.fn(),
    };
    const { container } = render(
      <PlotFrame width={400} height={120} margin={{ top: 8, right: 10, bottom: 10, left: 10 }}>
        <PaneMarkers {...p} />
      </PlotFrame>,
    );
    const groups = [...container.querySelectorAll('.pane-markers [data-gi]')];
    return { p, groups };
  }

  it('selects a single event and zooms into a cluster through the layer’s handlers', () => {
    const { p, groups } = draw();
    expect(groups).toHaveLength(3);
    fireEvent.click(groups[0].querySelector('line')!);
    expect(p.onSelect).toHaveBeenLastCalledWith('2020-01-10-alone');
    fireEvent.click(groups[1].querySelector('rect')!);
    const [a, b] = (p.onZoom as ReturnType<typeof vi.fn>).mock.calls[0];
    expect(a).toBeLessThan(events[1].at);
    expect(b).toBeGreaterThan(events[2].at);
    expect(p.onSelect).toHaveBeenCalledTimes(1);
  });

  it('reports the hovered group, and nothing once the pointer leaves it', () => {
    const { p, groups } = draw();
    fireEvent.mouseOver(groups[2].querySelector('line')!);
    expect(p.onHover).toHaveBeenLastCalledWith(expect.objectContaining({ group: expect.objectContaining({ ids: ['2020-12-01-last'] }) }));
    // Moving within the group (line → its hit rect) keeps the hover.
    fireEvent.mouseOut(groups[2].querySelector('line')!, { relatedTarget: groups[2].querySelector('rect')! });
    expect(p.onHover).not.toHaveBeenLastCalledWith(null);
    fireEvent.mouseOut(groups[2].querySelector('rect')!, { relatedTarget: document.body });
    expect(p.onHover).toHaveBeenLastCalledWith(null);
  });
});

describe('VolatilityPane before the chart has painted', () => {
  it('shows its title and window, and draws no line until it is asked to', () => {
    const base = { series: [usd], from, to, events: [], selectedId: null, theme: 'light' as const, vol: 20, onVol: () => undefined, onSelect: () => undefined, onRange: () => undefined };
    const { container, rerender } = render(<VolatilityPane {...base} drawn={false} />);
    expect(screen.getByText('Realised vol, % annualised (20-day)')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Volatility window' })).toBeInTheDocument();
    expect(container.querySelector('svg')).toBeNull();
    rerender(<VolatilityPane {...base} drawn />);
    expect(container.querySelector('svg.plot-surface path[data-pair="USDKRW"]')).not.toBeNull();
  });
});

describe('VolatilityPane marker tooltip', () => {
  it('says which events are the user’s own, as the main chart’s does', () => {
    const mine = withDays([ev('my-own-event', '2019-05-01', { title: 'Mine' })]);
    const props = { series: [usd], from, to, events: mine, selectedId: null, theme: 'light' as const, vol: 20, onVol: () => undefined, onSelect: () => undefined, onRange: () => undefined };
    const { container } = render(<VolatilityPane {...props} isUser={(id) => id === 'my-own-event'} />);
    fireEvent.mouseOver(container.querySelector('.pane-markers [data-gi] line')!);
    expect(screen.getByRole('tooltip')).toHaveTextContent('Mine');
    expect(screen.getByRole('tooltip')).toHaveTextContent('yours');
  });
});
