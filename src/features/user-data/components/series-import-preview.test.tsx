// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { parseSeriesCsv } from '../model/series-csv';
import { SeriesImportPreview, type SeriesReadSettings } from './series-import-preview';

const SEOUL = { timeZone: 'Asia/Seoul', fixTime: '23:59' };

function setup(text: string, settings: SeriesReadSettings = SEOUL, fileName = 'usdkrw.csv') {
  const onConfirm = vi.fn();
  const onCancel = vi.fn();
  const onSettingsChange = vi.fn();
  const result = parseSeriesCsv(text, settings);
  const view = render(<SeriesImportPreview fileName={fileName} result={result} settings={settings} onSettingsChange={onSettingsChange} onConfirm={onConfirm} onCancel={onCancel} />);
  return { ...view, onConfirm, onCancel, onSettingsChange };
}

describe('SeriesImportPreview', () => {
  it('shows range, count, resolution, first and last rows in the zone, and the bad lines by number', () => {
    const rows = Array.from({ length: 8 }, (_, i) => `2024-03-04T${String(10 + i).padStart(2, '0')}:30:00+09:00,${1330 + i}`);
    setup(`timestamp,value\n${rows.slice(0, 3).join('\n')}\n2024-03-04T13:30:00+09:00,n/a\n${rows.slice(3).join('\n')}\n`);
    const dialog = screen.getByRole('dialog', { name: 'Import series from usdkrw.csv' });
    expect(within(dialog).getByText('Rows').nextElementSibling).toHaveTextContent(/^8$/);
    expect(within(dialog).getByText('2024-03-04 10:30 to 2024-03-04 17:30 (Asia/Seoul)')).toBeInTheDocument();
    expect(within(dialog).getByText(/^Intraday/)).toBeInTheDocument();
    const first = within(screen.getByRole('table', { name: 'First rows' })).getAllByRole('row');
    expect(first[1]).toHaveTextContent('22024-03-04 10:301330');
    const last = within(screen.getByRole('table', { name: 'Last rows' })).getAllByRole('row');
    expect(last.at(-1)).toHaveTextContent('102024-03-04 17:301337');
    expect(within(screen.getByRole('region', { name: 'Bad lines' })).getByText('Line 5: value "n/a" is not a number')).toBeInTheDocument();
  });

  it('lists 20 bad lines, then the rest on request', async () => {
    const bad = Array.from({ length: 25 }, (_, i) => `2024-01-${String(i + 1).padStart(2, '0')},x${i}`).join('\n');
    setup(`date,value\n2024-02-01,1\n${bad}\n`);
    const region = screen.getByRole('region', { name: 'Bad lines' });
    expect(within(region).getByText('25 bad lines, skipped (nothing is filled in for them):')).toBeInTheDocument();
    expect(within(region).getAllByRole('listitem')).toHaveLength(20);
    await userEvent.click(within(region).getByRole('button', { name: '5 more' }));
    expect(within(region).getAllByRole('listitem')).toHaveLength(25);
    expect(within(region).getByText('Line 27: value "x24" is not a number')).toBeInTheDocument();
    expect(within(region).queryByRole('button', { name: /more/ })).toBeNull();
  });

  it('requires a name and a unit before it confirms, then gives them with the settings', async () => {
    const { onConfirm } = setup('date,value\n2024-01-02,1300\n2024-01-03,1301\n', SEOUL, 'ndf.csv');
    const name = screen.getByRole('textbox', { name: 'Name' });
    expect(name).toHaveValue('ndf');
    await userEvent.clear(name);
    await userEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(onConfirm).not.toHaveBeenCalled();
    expect(screen.getByText('Name is required.')).toBeInTheDocument();
    expect(screen.getByText('Unit is required.')).toBeInTheDocument();
    expect(name).toHaveAttribute('aria-invalid', 'true');
    await userEvent.type(name, ' Offshore NDF ');
    await userEvent.type(screen.getByRole('textbox', { name: 'Unit' }), 'KRW per 1 USD');
    await userEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(onConfirm).toHaveBeenCalledWith({ name: 'Offshore NDF', unit: 'KRW per 1 USD', timeZone: 'Asia/Seoul', fixTime: '23:59' });
  });

  it('asks for the zone and fix time of a date-only file and reads it again when they change', async () => {
    const { onSettingsChange } = setup('date,value\n2024-01-02,1300\n');
    expect(screen.getByText(/^Daily/)).toBeInTheDocument();
    const fix = screen.getByRole('textbox', { name: 'Fix time of date-only rows (HH:MM in that zone)' });
    await userEvent.clear(fix);
    await userEvent.type(fix, '15:30');
    expect(onSettingsChange).toHaveBeenLastCalledWith({ timeZone: 'Asia/Seoul', fixTime: '15:30' });
    const zone = screen.getByRole('combobox', { name: 'Time zone of local times and dates' });
    await userEvent.clear(zone);
    await userEvent.type(zone, 'Mars/Base');
    expect(screen.getByText('Not a time zone known here (an IANA name such as Asia/Seoul).')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Confirm' })).toBeDisabled();
    expect(onSettingsChange).not.toHaveBeenCalledWith(expect.objectContaining({ timeZone: 'Mars/Base' }));
  });

  it('does not ask for a zone when every time has an offset', () => {
    setup('timestamp,value\n2024-03-04T10:30:00+09:00,1\n');
    expect(screen.queryByRole('combobox', { name: /Time zone/ })).toBeNull();
    expect(screen.queryByRole('textbox', { name: /Fix time/ })).toBeNull();
  });

  it('shows why a file could not be read, and cannot confirm it', () => {
    setup('when,value\n2024-01-02,1\n');
    expect(screen.getByRole('alert')).toHaveTextContent('No time column: the header ("when", "value") needs one named date, day, time, timestamp or datetime.');
    expect(screen.getByRole('button', { name: 'Confirm' })).toBeDisabled();
  });

  it('closes on Esc or Cancel, and focus goes back to where it was', async () => {
    function Host() {
      const [open, setOpen] = useState(false);
      const result = parseSeriesCsv('date,value\n2024-01-02,1\n');
      return (
        <>
          <button type="button" onClick={() => setOpen(true)}>
            Import series
          </button>
          {open && <SeriesImportPreview fileName="a.csv" result={result} settings={SEOUL} onSettingsChange={() => {}} onConfirm={() => {}} onCancel={() => setOpen(false)} />}
        </>
      );
    }
    render(<Host />);
    const opener = screen.getByRole('button', { name: 'Import series' });
    await userEvent.click(opener);
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(opener).toHaveFocus();
    await userEvent.click(opener);
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(opener).toHaveFocus();
  });
});
