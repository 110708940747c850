// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeSeries } from '../../rates/model/series';
import type { EpochDay } from '../../../lib/units';
import { VolatilityPane, volatilityLines } from './volatility-pane';

// 100 weekdays-ish (consecutive days are fine here): returns alternate ±1 %, so the 20-day vol is constant.
const days = Array.from({ length: 100 }, (_, i) => 18_000 + i);
const values = days.map((_, i) => 1000 * Math.exp(i % 2 ? 0.01 : 0));
const usd = makeSeries('USDKRW', 'snapshot', days, values);
const from = 18_000 as EpochDay;
const to = 18_099 as EpochDay;

describe('volatilityLines', () => {
  it('is the annualised sample std of the window’s log returns, from the first full window on', () => {
    const { lines } = volatilityLines([usd], 20, from, to, 1000);
    const { days: t, values: v } = lines[0];
    expect(lines[0].pair).toBe('USDKRW');
    expect(t[0]).toBe(18_020);
    expect(t).toHaveLength(80);
    // 20 returns alternating 0.01 and −0.01: std = 0.01·√(20/19).
    const expected = 100 * Math.sqrt(252) * 0.01 * Math.sqrt(20 / 19);
    for (const x of Array.from(v)) expect(x).toBeCloseTo(expected, 9);
  });
  it('keeps only the visible range', () => {
    const { lines } = volatilityLines([usd], 10, 18_050 as EpochDay, 18_059 as EpochDay, 1000);
    expect(Array.from(lines[0].days)).toEqual(days.slice(50, 60));
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
