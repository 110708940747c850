// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SORT_KEYS } from '../../../lib/url-sort-param';
import { computeReactions } from '../model';
import { seriesOn, weekdays } from '../model/test-fixtures';
import { Scorecard, type SortState } from './scorecard';
import { COLUMNS_STORAGE_KEY, readShownColumns } from './scorecard-column-chooser';
import { COLUMNS } from './scorecard-columns';
import { ev } from './test-data';

const dates = weekdays('2020-01-01', 40);
const series = seriesOn(dates, dates.map((_, i) => 100 * (i >= 10 ? 1.01 : 1) * (i >= 30 ? 1.03 : 1)));
const rows = computeReactions([ev('evt-a', dates[10], { title: 'Event A' }), ev('evt-b', dates[30], { title: 'Event B' })], [series]);
const headers = () => screen.getAllByRole('columnheader').map((h) => h.textContent?.replace(/[↕▲▼]/g, ''));

describe('scorecard columns', () => {
  beforeEach(() => localStorage.clear());

  it('shows the key columns first: date, event, series, chg_0, adj 0, z_0, T0', () => {
    render(<Scorecard rows={rows} selectedId={null} theme="light" onSelect={() => undefined} />);
    expect(headers()).toEqual(['Date', 'Event', 'Series', 'chg_0 %', 'adj 0 %', 'z_0', 'T0']);
    expect(screen.getByRole('button', { name: `Columns (7/${COLUMNS.length})` })).toHaveAttribute('aria-expanded', 'false');
  });

  it('the Columns popover adds and removes columns, remembers the choice, and closes on Esc with focus back', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<Scorecard rows={rows} selectedId={null} theme="light" onSelect={() => undefined} />);
    const button = screen.getByRole('button', { name: /^Columns/ });
    await user.click(button);
    const panel = screen.getByRole('group', { name: 'Columns shown in the scorecard' });
    // Date and event are always shown: not offered.
    expect(screen.queryByRole('checkbox', { name: 'Date' })).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: 'pre_vol %' }));
    await user.click(screen.getByRole('checkbox', { name: 'T0' }));
    expect(headers()).toEqual(['Date', 'Event', 'Series', 'chg_0 %', 'adj 0 %', 'z_0', 'pre_vol %']);
    expect(JSON.parse(localStorage.getItem(COLUMNS_STORAGE_KEY)!)).toEqual(['date', 'title', 'pair', 'chg_0', 'adj_0', 'z_0', 'pre_vol']);
    await user.keyboard('{Escape}');
    expect(panel).not.toBeInTheDocument();
    expect(button).toHaveFocus();
    unmount();
    // A new page reads the choice back.
    render(<Scorecard rows={rows} selectedId={null} theme="light" onSelect={() => undefined} />);
    expect(headers()).toContain('pre_vol %');
    expect(headers()).not.toContain('T0');
  });

  it('"All columns" and "Key columns only"; a click outside closes the popover', async () => {
    const user = userEvent.setup();
    render(<Scorecard rows={rows} selectedId={null} theme="light" onSelect={() => undefined} />);
    await user.click(screen.getByRole('button', { name: /^Columns/ }));
    await user.click(screen.getByRole('button', { name: 'All columns' }));
    expect(headers()).toHaveLength(COLUMNS.length);
    await user.click(screen.getByRole('button', { name: 'Key columns only' }));
    expect(headers()).toHaveLength(7);
    await user.click(screen.getByRole('table'));
    expect(screen.queryByRole('group')).toBeNull();
  });

  it('reads a damaged or foreign stored choice safely', () => {
    const store = (v: string | null) => ({ getItem: () => v });
    expect([...readShownColumns(store('not json'))]).toEqual(['date', 'title', 'pair', 'chg_0', 'adj_0', 'z_0', 't0']);
    expect([...readShownColumns(store('["beta","nope",3]'))]).toEqual(['date', 'title', 'beta']);
    expect([...readShownColumns(store('{"a":1}'))]).toHaveLength(7);
  });

  it('a sorted column is shown even when not chosen; the sort is the caller\'s when it keeps it', async () => {
    const onSort = vi.fn();
    const sort: SortState = { key: 'pre_vol', dir: 'descending' };
    render(<Scorecard rows={rows} selectedId={null} theme="light" onSelect={() => undefined} sort={sort} onSort={onSort} />);
    expect(screen.getByRole('columnheader', { name: /pre_vol/ })).toHaveAttribute('aria-sort', 'descending');
    await userEvent.click(screen.getByRole('button', { name: /^z_0/ }));
    expect(onSort).toHaveBeenCalledWith({ key: 'z_0', dir: 'ascending' });
    await userEvent.click(screen.getByRole('button', { name: /^pre_vol/ }));
    expect(onSort).toHaveBeenLastCalledWith({ key: 'pre_vol', dir: 'ascending' });
  });

  it('the URL knows every column (url-sort-param SORT_KEYS = COLUMNS)', () => {
    expect([...SORT_KEYS]).toEqual(COLUMNS.map((c) => c.key));
  });
});
