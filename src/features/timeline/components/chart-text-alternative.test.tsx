// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/react';
import { seriesOn } from '../../rates/model/test-fixtures';
import { ChartTextAlternative } from './chart-text-alternative';

const utc = (iso: string) => Date.parse(`${iso}Z`);
// Synthetic figures (not market data).
const usd = seriesOn(['2016-01-04', '2016-01-05', '2016-01-12', '2016-02-01'], [1200, 1150, 1250, 1180]);
const jpy = seriesOn(['2016-01-05', '2016-02-02'], [1000, 1010], 'JPYKRW');

function draw() {
  return render(<ChartTextAlternative series={[usd, jpy]} from={utc('2016-01-01T00:00:00')} to={utc('2016-04-01T00:00:00')} events={[{ at: utc('2015-12-31T12:00:00') }, { at: utc('2016-01-06T01:30:00') }, { at: utc('2016-02-07T00:30:00') }, { at: utc('2016-03-31T12:00:00') }, { at: utc('2016-04-01T00:00:00') }]} fullData={<button type="button">Download data CSV</button>} />);
}

describe('ChartTextAlternative', () => {
  it('summarises each line: first, last, change, low, high and count, and the events shown', () => {
    draw();
    const summary = document.getElementById('chart-text-summary')!;
    // `to` is midnight starting 1 Apr (exclusive): the range ends on 31 Mar; of the five events, 31 Dec and 1 Apr 00:00 are outside.
    expect(summary.textContent).toContain('From 1 Jan 2016 to 31 Mar 2016: 3 events shown.');
    const items = within(summary).getAllByRole('listitem').map((li) => li.textContent);
    // 1180 / 1200 − 1 = −1.67 %
    expect(items[0]).toBe('USD/KRW: 1,200.00 on 4 Jan 2016 → 1,180.00 on 1 Feb 2016 (−1.67 %); low 1,150.00 on 5 Jan 2016, high 1,250.00 on 12 Jan 2016; observations: 4.');
    // 1010 / 1000 − 1 = +1.00 %
    expect(items[1]).toMatch(/^JPY\/KRW.*: 1,000\.00 on 5 Jan 2016 → 1,010\.00 on 2 Feb 2016 \(\+1\.00 %\)/);
  });

  it('builds the table only when opened: one row per week, the last observation of each, gaps as —', () => {
    draw();
    expect(screen.queryByRole('table')).toBeNull();
    const details = document.querySelector('details')!;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    const table = screen.getByRole('table');
    expect(within(table).getByText('One row per week (Monday to Sunday): the last observation of each week.')).toBeTruthy();
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => [...r.children].map((c) => c.textContent));
    // Weeks of Mon 4 Jan (1150 last; JPY 1000), Mon 11 Jan (1250; no JPY), Mon 1 Feb (1180; JPY 1010).
    expect(rows).toEqual([
      ['Week of 4 Jan 2016', '1,150.00', '1,000.00'],
      ['Week of 11 Jan 2016', '1,250.00', '—'],
      ['Week of 1 Feb 2016', '1,180.00', '1,010.00'],
    ]);
    expect(screen.getByRole('button', { name: 'Download data CSV' })).toBeTruthy();
  });
});
