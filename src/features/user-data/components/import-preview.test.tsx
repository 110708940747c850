// @vitest-environment jsdom
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { resetUserEventsStore, useUserEventsStore } from '../store/user-events-store';
import { ImportEventsButton } from './import-events-button';

const events = () => useUserEventsStore.getState().events;

function setup() {
  const onReport = vi.fn();
  render(<ImportEventsButton builtInEvents={[]} onReport={onReport} today={() => '2026-12-02'} />);
  const input = screen.getByLabelText('Events file to import (CSV or JSON)') as HTMLInputElement;
  return { onReport, input };
}

const MINIMAL = [
  'date,title,category', // 1
  '2016-03-02,UN Resolution 2270,', // 2
  '2016-09-09,Fifth nuclear test,provocation', // 3
  '2017-02-30,Not a day,', // 4
  '2024-12-03,비상계엄 선포,', // 5
].join('\n');

describe('the import preview', () => {
  beforeEach(() => {
    localStorage.clear();
    resetUserEventsStore();
  });

  it('shows the file, the events found and the problems, and adds nothing before Import', async () => {
    const { onReport, input } = setup();
    await userEvent.upload(input, new File([MINIMAL], 'analyst.csv', { type: 'text/csv' }));
    const dialog = await screen.findByRole('dialog', { name: 'Import events from analyst.csv' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(within(dialog).getByText('3 events found.')).toBeInTheDocument();
    expect(within(dialog).getByRole('list', { name: 'Problems found' })).toHaveTextContent('line 4: date "2017-02-30" is not a real date (YYYY-MM-DD)');
    expect(within(dialog).getByLabelText('Category for rows without one')).toHaveValue('political');
    expect(within(dialog).getByText('(2 rows)')).toBeInTheDocument();
    expect(events()).toEqual([]);
    expect(onReport).not.toHaveBeenCalled();
  });

  it('gives every row without a category the one chosen, and keeps the rows that had one', async () => {
    const { onReport, input } = setup();
    await userEvent.upload(input, new File([MINIMAL], 'analyst.csv', { type: 'text/csv' }));
    await userEvent.selectOptions(await screen.findByLabelText('Category for rows without one'), 'Sanction');
    await userEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    // The events are stored in steps (a task each), then reported.
    await waitFor(() => expect(onReport).toHaveBeenCalledTimes(1));
    expect(events().map((e) => [e.title, e.category])).toEqual([
      ['UN Resolution 2270', 'sanction'],
      ['Fifth nuclear test', 'provocation'],
      ['비상계엄 선포', 'sanction'],
    ]);
    expect(onReport.mock.calls[0][0][0]).toMatch(/^Imported 3 events from analyst\.csv; 1 line skipped: line 4: date "2017-02-30"/);
  });

  it('adds nothing on Cancel or Esc, and gives focus back to Import events', async () => {
    const { onReport, input } = setup();
    const button = screen.getByRole('button', { name: 'Import events' });
    button.focus();
    await userEvent.upload(input, new File([MINIMAL], 'analyst.csv', { type: 'text/csv' }));
    await screen.findByRole('dialog');
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    button.focus();
    await userEvent.upload(input, new File([MINIMAL], 'analyst.csv', { type: 'text/csv' }));
    await screen.findByRole('dialog');
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(button).toHaveFocus();
    expect(events()).toEqual([]);
    expect(onReport).not.toHaveBeenCalled();
  });

  it('asks for no category when every row has one', async () => {
    const { input } = setup();
    await userEvent.upload(input, new File(['date,title,category\n2016-09-09,Fifth nuclear test,provocation\n'], 'x.csv', { type: 'text/csv' }));
    await screen.findByRole('dialog');
    expect(screen.queryByLabelText('Category for rows without one')).toBeNull();
  });
});
