// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { computeReactions } from '../model';
import { intradayOf, seriesOn, weekdays } from '../model/test-fixtures';
import { FirstFixPanel } from './first-fix-panel';
import { ev } from './test-data';

// Synthetic USD/KRW from H.10 (primary) and the ECB (comparison line) on 07-01 … 07-05.
const dates = weekdays('2024-07-01', 5);
const h10 = seriesOn(dates, [1380, 1382, 1395.82, 1390, 1391]);
const ecb = { ...seriesOn(dates, [1381, 1383, 1386, 1387, 1385], 'USDKRW', 'ecb'), compare: true };
// 2024-07-03 09:00 Seoul = 2024-07-03 00:00 UTC.
const morning = ev('kst-0900', '2024-07-03', { time: '09:00' });

const bodyRows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);
const cells = (row: HTMLElement) => [within(row).getByRole('rowheader'), ...within(row).getAllByRole('cell')].map((c) => c.textContent?.trim());

describe('FirstFixPanel', () => {
  it('lists the ECB fix before H.10 for a 09:00 Seoul event, in Seoul and the viewer’s time, with chg_0 and z_0', () => {
    render(<FirstFixPanel rows={computeReactions([morning], [h10, ecb])} zone="America/Los_Angeles" />);
    expect(screen.getByRole('region', { name: 'Which fix saw it first' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: /first observation at or after the news \(T0\), earliest first, in Seoul time and yours/ });
    const heads = within(table).getAllByRole('columnheader');
    expect(heads.map((h) => h.textContent)).toEqual(['Series', 'T0 observation', 'Seoul', 'Your time (America/Los_Angeles)', 'chg_0', 'z_0']);
    expect(heads.every((h) => h.getAttribute('scope') === 'col')).toBe(true);
    // ECB: 07-03 14:15 Frankfurt (CEST, UTC+2) = 12:15 UTC = 21:15 Seoul (UTC+9) = 05:15 Los Angeles (PDT, UTC−7).
    // H.10: 07-03 12:00 New York (EDT, UTC−4) = 16:00 UTC = 07-04 01:00 Seoul = 09:00 Los Angeles.
    // chg_0: ECB 1386 / 1383 − 1 = 3 / 1383 = 0.217 % → +0.22; H.10 1395.82 / 1382 − 1 = 13.82 / 1382 = 1.000 % → +1.00.
    // z_0: fewer than 60 returns before T−1 → —.
    expect(bodyRows().map(cells)).toEqual([
      ['USD/KRW · ECB', 'fix at 14:15 Frankfurt', '2024-07-03 21:15', '2024-07-03 05:15', '+0.22%', '—'],
      ['USD/KRW · H.10', 'fix at noon New York', '2024-07-04 01:00', '2024-07-03 09:00', '+1.00%', '—'],
    ]);
    // 16:00 − 12:15 UTC = 3 h 45 min.
    expect(screen.getByText('The ECB fix saw it first, 3 h 45 min before H.10.')).toBeInTheDocument();
  });

  it('puts an intraday bar first, names an imported series by its label, and drops the viewer column in Seoul', () => {
    // Synthetic 5-minute bars from 23:50 UTC on 07-02: the 00:00 UTC bar (09:00 Seoul) is T0, 1383 against 1381.
    const bars = intradayOf('csv:ndf-5m', '2024-07-02T23:50:00Z', [1380, 1381, 1383, 1382], { stepMin: 5 });
    const late = { ...seriesOn(['2024-06-28'], [1379], 'USDKRW', 'ecb'), compare: true };
    render(<FirstFixPanel rows={computeReactions([morning], [h10, late, bars])} zone="Asia/Seoul" />);
    expect(within(screen.getByRole('table')).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Series', 'T0 observation', 'Seoul', 'chg_0', 'z_0']);
    // chg_0 of the bars: 1383 / 1381 − 1 = 2 / 1381 = 0.145 % → +0.14 (0.1448…).
    expect(bodyRows().map(cells)).toEqual([
      ['Synthetic csv:ndf-5m', 'intraday bar', '2024-07-03 09:00', '+0.14%', '—'],
      ['USD/KRW · H.10', 'fix at noon New York', '2024-07-04 01:00', '+1.00%', '—'],
      ['USD/KRW · ECB', "No T0: after this source's data"],
    ]);
    // 16:00 − 00:00 UTC = 16 h.
    expect(screen.getByText('Synthetic csv:ndf-5m saw it first, 16 h before H.10.')).toBeInTheDocument();
  });

  it('says nothing when no line has a T0, and gives no lead with one source', () => {
    const { container } = render(<FirstFixPanel rows={computeReactions([ev('late', '2030-01-01')], [h10])} zone="UTC" />);
    expect(container).toBeEmptyDOMElement();
    render(<FirstFixPanel rows={computeReactions([morning], [h10])} zone="UTC" />);
    expect(screen.getByRole('table')).toBeInTheDocument();
    expect(screen.queryByText(/saw it first, /)).toBeNull();
  });
});
