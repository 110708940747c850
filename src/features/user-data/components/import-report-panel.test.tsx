// @vitest-environment jsdom
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { downloadBlob } from '../../../components/ui/download';
import { resetUserEventsStore } from '../store/user-events-store';
import { ImportEventsButton } from './import-events-button';
import { reportFileName } from './import-report-panel';

vi.mock('../../../components/ui/download', () => ({ downloadBlob: vi.fn() }));

const HEADER = 'id,date,time,timezone,category,actor,title,summary,source_url,tags';
const row = (id: string, date = '2016-01-06') => `${id},${date},,,provocation,DPRK,Test ${id},s,https://example.org/${id},`;

async function importFile(text: string, name = 'many.csv') {
  const onReport = vi.fn();
  render(<ImportEventsButton builtInEvents={[]} onReport={onReport} today={() => '2026-12-02'} />);
  await userEvent.upload(screen.getByLabelText('Events file to import (CSV or JSON)'), new File([text], name, { type: 'text/csv' }));
  // A file with events opens the preview first: Import in it.
  await waitFor(() => expect(onReport.mock.calls.length + screen.queryAllByRole('dialog').length).toBeGreaterThan(0));
  if (screen.queryByRole('dialog')) await userEvent.click(screen.getByRole('button', { name: 'Import' }));
  await waitFor(() => expect(onReport).toHaveBeenCalledTimes(1));
  return onReport.mock.calls[0][0] as string[];
}

describe('the import report: every problem, past the eighth', () => {
  beforeEach(() => {
    localStorage.clear();
    resetUserEventsStore();
    vi.mocked(downloadBlob).mockClear();
  });

  it('lists only some problems in the notice, and all of them behind "Show all N problems"', async () => {
    // Lines 2–13 have an impossible date; line 14 is good.
    const rows = Array.from({ length: 12 }, (_, i) => row(`bad-${i}`, '2016-02-30'));
    const [notice] = await importFile([HEADER, ...rows, row('good-one')].join('\n'));
    expect(notice).toMatch(/^Imported 1 event from many\.csv; 12 lines skipped: line 2: .*; … and \d+ more$/);
    expect(notice).not.toContain('line 13');
    expect(screen.queryByRole('region', { name: /Import report/ })).toBeNull();

    await userEvent.click(screen.getByText('Show all 12 problems'));
    const panel = screen.getByRole('region', { name: 'Import report for many.csv' });
    const items = within(panel).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(Array.from({ length: 12 }, (_, i) => `line ${i + 2}: date "2016-02-30" is not a real date (YYYY-MM-DD)`));
  });

  it('downloads every problem as CSV, each with its line', async () => {
    const rows = Array.from({ length: 10 }, (_, i) => row(`bad-${i}`, '2016-02-30'));
    await importFile([`${HEADER},notes`, ...rows.map((r) => `${r},x`)].join('\n'), 'my-events.csv');
    await userEvent.click(screen.getByText('Show all 11 problems'));
    await userEvent.click(screen.getByRole('button', { name: 'Download report' }));
    expect(downloadBlob).toHaveBeenCalledTimes(1);
    const [text, name] = vi.mocked(downloadBlob).mock.calls[0];
    expect(name).toBe('my-events-import-report.csv');
    const lines = String(text).trimEnd().split('\n');
    expect(lines[0]).toBe('line,status,problem');
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '1']);
    expect(lines[11]).toBe('1,note,"unknown column ""notes"" ignored"');
  });

  it('goes away with Close, and shows nothing after a clean import', async () => {
    await importFile([HEADER, row('bad-one', '2016-02-30')].join('\n'));
    await userEvent.click(screen.getByText('Show the import problem'));
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByText('Show the import problem')).toBeNull();
  });

  it('names the report file after the imported file', () => {
    expect(reportFileName('events.2025.json')).toBe('events.2025-import-report.csv');
    expect(reportFileName('.csv')).toBe('events-import-report.csv');
  });
});
