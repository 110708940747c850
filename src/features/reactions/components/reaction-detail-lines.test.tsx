// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { computeReactions } from '../model';
import { intradayOf, seriesOn, weekdays } from '../model/test-fixtures';
import { ReactionDetail } from './reaction-detail';
import { ev } from './test-data';

// Synthetic: H.10 USD/KRW on 07-01 … 07-05 and 1-minute bars 01:25 … 01:34 UTC on 2024-07-03.
const dates = weekdays('2024-07-01', 5);
const h10 = seriesOn(dates, [1380, 1382, 1385, 1384, 1383]);
const bars = intradayOf('csv:usdkrw-1m', '2024-07-03T01:25:00Z', [1380, 1380.5, 1381, 1381.5, 1382, 1386.5, 1387, 1386, 1385, 1385.5]);
// 2024-07-03 10:30 Seoul = 01:30 UTC = 03:30 Berlin (CEST) = 2024-07-02 21:30 New York (EDT).
const event = ev('kst-1030', '2024-07-03', { time: '10:30', title: 'Synthetic morning shock' });

function setup(zone = 'Europe/Berlin') {
  const rows = computeReactions([event], [h10, bars]);
  render(<ReactionDetail event={event} rows={rows} series={[h10, bars]} win={[-3, 3]} titles={new Map()} onSelect={() => undefined} zone={zone} />);
  return screen.getByRole('region', { name: 'Market reaction figures' });
}

describe('ReactionDetail with a daily and an intraday line', () => {
  it('says which observation was T0 and T−1 for each line, in Seoul and the viewer’s time', () => {
    const region = setup();
    const lines = region.querySelectorAll('.rx-t0');
    expect(lines).toHaveLength(2);
    const [daily, intraday] = [...lines].map((l) => l.textContent?.replace(/\s+/g, ' '));
    // H.10: the 07-02 noon fix (16:00 UTC) came before 21:30 New York; T0 is the 07-03 fix = 16:00 UTC = 07-04 01:00 Seoul = 18:00 Berlin.
    expect(daily).toContain('USD/KRW: First fix to see it (T0) the 2024-07-03 fix at noon New York = 2024-07-04 01:00 Seoul');
    expect(daily).toContain('(the 2024-07-02 fix came before the announcement)');
    expect(daily).toContain('T−1 2024-07-02 fix = 2024-07-03 01:00 Seoul');
    expect(daily).toContain('In your time (Europe/Berlin) the T0 fix was at 2024-07-03 18:00, T−1 at 2024-07-02 18:00.');
    // Bars: the 01:30 UTC bar (10:30 Seoul, 03:30 Berlin) is T0, the 01:29 UTC bar T−1.
    expect(intraday).toContain('Synthetic csv:usdkrw-1m: First bar to see it (T0) the bar of 2024-07-03 10:30 Seoul');
    expect(intraday).toContain('T−1 2024-07-03 10:29 Seoul');
    expect(intraday).toContain('In your time (Europe/Berlin) the T0 bar was at 2024-07-03 03:30, T−1 at 2024-07-03 03:29.');
  });

  it('shows each line’s figures under its label, chg_0 of the bars against the bar before', () => {
    const region = setup();
    const row = within(region).getByRole('row', { name: /Synthetic csv:usdkrw-1m/ });
    // 1386.5 / 1382 − 1 = 4.5 / 1382 = 0.3256 % → +0.33
    expect(within(row).getAllByRole('cell')[0].textContent).toBe('+0.33%');
    expect(region).toHaveTextContent('1,382.00 → 1,386.50 KRW per 1 USD');
  });
});
