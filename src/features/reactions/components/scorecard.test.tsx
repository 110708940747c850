// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { computeReactions } from '../model';
import { seriesOn, weekdays } from '../model/test-fixtures';
import { ROW_LIMIT, Scorecard, shownRows, sortRows } from './scorecard';
import { ev } from './test-data';

// Three events on a flat series with one jump each: chg_0 = +1 %, −2 %, +3 %.
const dates = weekdays('2020-01-01', 40);
const values = dates.map((_, i) => 100 * (i >= 10 ? 1.01 : 1) * (i >= 20 ? 0.98 / 1 : 1) * (i >= 30 ? 1.03 : 1));
const series = seriesOn(dates, values);
const events = [
  ev('evt-up-one', dates[10], { title: 'Up one' }),
  ev('evt-down-two', dates[20], { title: 'Down two' }),
  ev('evt-up-three', dates[30], { title: 'Up three' }),
];
const rows = computeReactions(events, [series]);

function bodyTitles() {
  const body = screen.getAllByRole('rowgroup')[1];
  return within(body)
    .getAllByRole('row')
    .map((r) => r.getAttribute('data-row-event-id'));
}

describe('Scorecard', () => {
  it('sorts by a column: ascending on the first click, descending on the second, with aria-sort', async () => {
    render(<Scorecard rows={rows} selectedId={null} theme="light" onSelect={() => undefined} />);
    const header = screen.getByRole('columnheader', { name: /chg_0 %/ });
    expect(header).toHaveAttribute('aria-sort', 'none');
    expect(screen.getByRole('columnheader', { name: /Date/ })).toHaveAttribute('aria-sort', 'ascending');
    await userEvent.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    expect(bodyTitles()).toEqual(['evt-down-two', 'evt-up-one', 'evt-up-three']);
    await userEvent.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'descending');
    expect(bodyTitles()).toEqual(['evt-up-three', 'evt-up-one', 'evt-down-two']);
    expect(screen.getByRole('columnheader', { name: /Date/ })).toHaveAttribute('aria-sort', 'none');
  });

  it('shows signed figures with two decimals', () => {
    render(<Scorecard rows={rows} selectedId={null} theme="light" onSelect={() => undefined} />);
    const chg0 = (name: RegExp) => within(screen.getByRole('row', { name })).getAllByRole('cell')[3].textContent;
    expect(chg0(/Down two/)).toBe('\u22122.00');
    expect(chg0(/Up three/)).toBe('+3.00');
  });

  it('selects the event of a clicked row, and of a focused row on Enter', async () => {
    const onSelect = vi.fn();
    render(<Scorecard rows={rows} selectedId="evt-up-one" theme="light" onSelect={onSelect} />);
    expect(screen.getByRole('row', { name: /Up one/ })).toHaveAttribute('aria-current', 'true');
    await userEvent.click(screen.getByRole('row', { name: /Down two/ }));
    expect(onSelect).toHaveBeenLastCalledWith('evt-down-two');
    const three = screen.getByRole('row', { name: /Up three/ });
    expect(three).toHaveAttribute('tabindex', '0');
    three.focus();
    await userEvent.keyboard('{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith('evt-up-three');
    expect(onSelect).toHaveBeenCalledTimes(2);
  });

  it('keeps missing figures last in both directions', () => {
    const late = computeReactions([...events, ev('evt-after-end', '2030-01-01')], [series]);
    for (const dir of ['ascending', 'descending'] as const) {
      expect(sortRows(late, { key: 'chg_0', dir }).at(-1)!.event.id).toBe('evt-after-end');
    }
  });

  it("marks an event after the source's last observation as \"after this source's data\"", () => {
    const late = computeReactions([...events, ev('evt-after-end', '2030-01-01')], [series]);
    render(<Scorecard rows={late} selectedId={null} theme="light" onSelect={() => undefined} />);
    const row = document.querySelector('[data-row-event-id="evt-after-end"]')!;
    expect(row.textContent).toContain("after this source's data");
    expect(document.querySelector('[data-row-event-id="evt-up-one"]')!.textContent).not.toContain("after this source's data");
  });

  describe('a long table', () => {
    // 70 events, one a weekday apart, on a flat series: 70 rows, more than ROW_LIMIT.
    const longDates = weekdays('2019-01-01', 150);
    const flat = seriesOn(longDates, longDates.map(() => 100));
    const many = longDates.slice(70, 140).map((d, i) => ev(`evt-${String(i).padStart(3, '0')}`, d, { title: `Event ${i}` }));
    const longRows = computeReactions(many, [flat]);

    it('shows the first rows, the selected event wherever it sorts, and says how many are left out', () => {
      expect(longRows.length).toBeGreaterThan(ROW_LIMIT);
      const s = shownRows(longRows, ROW_LIMIT, 'evt-065');
      expect(s.head.map((r) => r.event.id)).toEqual(longRows.slice(0, ROW_LIMIT).map((r) => r.event.id));
      expect(s.selected.map((r) => r.event.id)).toEqual(['evt-065']);
      expect(s.hidden).toBe(longRows.length - ROW_LIMIT - 1);
      expect(shownRows(longRows, ROW_LIMIT, 'evt-001').selected).toEqual([]);
      expect(shownRows(longRows.slice(0, 5), ROW_LIMIT, null)).toEqual({ head: longRows.slice(0, 5), selected: [], hidden: 0 });
    });

    it('offers 1,000 more rows at a time, not all, when the table is longer than 2,000 rows', () => {
      const crowd = Array.from({ length: 2100 }, (_, i) => ev(`crowd-${String(i).padStart(4, '0')}`, longDates[100]));
      const rows = computeReactions(crowd, [flat]);
      render(<Scorecard rows={rows} selectedId={null} theme="light" onSelect={() => undefined} />);
      expect(bodyTitles()).toHaveLength(ROW_LIMIT);
      expect(screen.getByText('60 of 2100 rows shown', { exact: false })).toBeInTheDocument();
      // (getByText: a role query over this table costs seconds in jsdom)
      expect(screen.getByText('Show 1,000 more')).toBeInTheDocument();
      expect(screen.queryByText(/^Show all/)).toBeNull();
    });

    it('shows them all on request and the first ones again', async () => {
      render(<Scorecard rows={longRows} selectedId={null} theme="light" onSelect={() => undefined} />);
      expect(bodyTitles()).toHaveLength(ROW_LIMIT);
      expect(screen.getByText(`${ROW_LIMIT} of ${longRows.length} rows shown`, { exact: false })).toBeInTheDocument();
      await userEvent.click(screen.getByRole('button', { name: `Show all ${longRows.length}` }));
      expect(bodyTitles()).toHaveLength(longRows.length);
      await userEvent.click(screen.getByRole('button', { name: `Show the first ${ROW_LIMIT}` }));
      expect(bodyTitles()).toHaveLength(ROW_LIMIT);
    });
  });
});
