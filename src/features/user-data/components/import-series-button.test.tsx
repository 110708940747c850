// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { translate } from '../../../i18n/i18n';
import type { Msg } from '../../../i18n/message';
import { SERIES_FILE_MAX_BYTES } from '../model/series-csv-types';
import { createUserSeriesStore, type UserSeriesStore } from '../store/user-series-store';
import { ImportSeriesButton } from './import-series-button';
import { FakeSeriesWorker, openWithFailingWrites, freshSeriesDbPerTest } from './series-test-kit';

const csv = (name: string, text: string) => new File([text], name, { type: 'text/csv' });
const INTRADAY = 'timestamp,value\n2024-03-04T10:30:00+09:00,1330.5\n2024-03-04T10:31:00+09:00,n/a\n2024-03-04T10:32:00+09:00,1331\n2024-03-04T10:33:00+09:00,1332.25\n';

let store: UserSeriesStore;
function setup(options: { worker?: FakeSeriesWorker; store?: UserSeriesStore } = {}) {
  store = options.store ?? createUserSeriesStore();
  const workers: FakeSeriesWorker[] = [];
  const createWorker = vi.fn(() => {
    const w = options.worker ?? new FakeSeriesWorker();
    workers.push(w);
    return w;
  });
  const onImported = vi.fn();
  // The notices in English, as the notice bar shows them.
  const onNotice = vi.fn();
  render(<ImportSeriesButton onImported={onImported} onNotice={(m: Msg) => onNotice(translate(m))} useStore={store} createWorker={createWorker} />);
  const input = screen.getByLabelText('Series file to import (CSV)') as HTMLInputElement;
  return { onImported, onNotice, input, createWorker, workers };
}

freshSeriesDbPerTest(() => store);

describe('ImportSeriesButton', () => {
  it('is a button named Import series that opens a file picker for CSV and text files', async () => {
    const { input } = setup();
    const click = vi.spyOn(input, 'click');
    await userEvent.click(screen.getByRole('button', { name: 'Import series' }));
    expect(click).toHaveBeenCalled();
    expect(input.accept).toBe('.csv,.txt,text/csv');
  });

  it('parses the picked file in the worker, previews it, and on Confirm stores it and names its id', async () => {
    const { input, onImported, onNotice, createWorker } = setup();
    await userEvent.upload(input, csv('usdkrw.csv', INTRADAY));
    const dialog = await screen.findByRole('dialog', { name: 'Import series from usdkrw.csv' });
    expect(createWorker).toHaveBeenCalledTimes(1);
    expect(dialog).toHaveTextContent('Line 3: value "n/a" is not a number');
    await userEvent.type(screen.getByRole('textbox', { name: 'Unit' }), 'KRW per 1 USD');
    await userEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(onImported).toHaveBeenCalledWith('csv:usdkrw'));
    expect(onNotice).toHaveBeenCalledWith('Imported usdkrw (csv:usdkrw) from usdkrw.csv: 3 rows; 1 bad line skipped.');
    expect(screen.queryByRole('dialog')).toBeNull();
    // Focus comes back with the dialog's closing effects: on a loaded machine, after the import is reported.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Import series' })).toHaveFocus());
    const [s] = store.getState().series;
    expect(s!.meta).toMatchObject({ id: 'csv:usdkrw', name: 'usdkrw', unit: 'KRW per 1 USD', color: 'teal', resolution: 'intraday', count: 3 });
    // 10:30, 10:32 and 10:33 in Seoul (UTC+9) are 01:30, 01:32 and 01:33 UTC.
    expect([...s!.instants]).toEqual([Date.UTC(2024, 2, 4, 1, 30), Date.UTC(2024, 2, 4, 1, 32), Date.UTC(2024, 2, 4, 1, 33)]);
    expect([...s!.values]).toEqual([1330.5, 1331, 1332.25]);
    // Stored: a fresh store reads it back.
    const again = createUserSeriesStore();
    await again.getState().load();
    expect(again.getState().series.map((x) => [x.meta.id, x.meta.count])).toEqual([['csv:usdkrw', 3]]);
    again.getState().reset();
  });

  it('reads a date-only file again with the fix time the user gives', async () => {
    const { input, onImported, createWorker } = setup();
    await userEvent.upload(input, csv('ndf.csv', 'date,value\n2024-01-02,1300\n2024-01-03,1301\n'));
    const fix = await screen.findByRole('textbox', { name: 'Fix time of date-only rows (HH:MM in that zone)' });
    await userEvent.clear(fix);
    await userEvent.type(fix, '12:00');
    // Each valid value typed reads the file again; the last read has 12:00.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Confirm' })).toBeEnabled());
    expect(createWorker.mock.calls.length).toBeGreaterThan(1);
    await userEvent.type(screen.getByRole('textbox', { name: 'Unit' }), 'KRW');
    await userEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(onImported).toHaveBeenCalledWith('csv:ndf'));
    const [s] = store.getState().series;
    // Noon in Seoul is 03:00 UTC.
    expect([...s!.instants]).toEqual([Date.UTC(2024, 0, 2, 3), Date.UTC(2024, 0, 3, 3)]);
    expect(s!.meta.fix).toEqual({ zone: 'Asia/Seoul', time: '12:00' });
    expect(s!.meta.resolution).toBe('daily');
  });

  it('refuses a file over 200 MB before reading it', async () => {
    const { input, onNotice, createWorker } = setup();
    const big = csv('big.csv', 'date,value\n');
    Object.defineProperty(big, 'size', { value: SERIES_FILE_MAX_BYTES + 50 * 1024 * 1024 });
    await userEvent.upload(input, big);
    expect(onNotice).toHaveBeenCalledWith('big.csv was not imported: The file is 250 MB; files over 200 MB are not read.');
    expect(createWorker).not.toHaveBeenCalled();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('shows progress while parsing, and Cancel import ends the worker without a preview', async () => {
    const worker = new FakeSeriesWorker(true);
    const { input, onNotice } = setup({ worker });
    await userEvent.upload(input, csv('slow.csv', INTRADAY));
    expect(await screen.findByRole('status')).toHaveTextContent('Parsing slow.csv: 40%');
    expect(screen.getByRole('button', { name: 'Import series' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel import' }));
    await waitFor(() => expect(screen.queryByRole('status')).toBeNull());
    expect(worker.terminated).toBe(true);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(onNotice).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Import series' })).toBeEnabled();
  });

  it('stores nothing when the preview is cancelled', async () => {
    const { input, onImported } = setup();
    await userEvent.upload(input, csv('usdkrw.csv', INTRADAY));
    await userEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(onImported).not.toHaveBeenCalled();
    expect(store.getState().series).toEqual([]);
    expect(screen.getByRole('button', { name: 'Import series' })).toHaveFocus();
  });

  it('cannot confirm a file without good rows', async () => {
    const { input } = setup();
    await userEvent.upload(input, csv('bad.csv', 'date,value\n2024-01-02,x\n2024-01-03,\n'));
    await screen.findByRole('dialog');
    await userEvent.type(screen.getByRole('textbox', { name: 'Unit' }), 'KRW');
    expect(screen.getByRole('button', { name: 'Confirm' })).toBeDisabled();
  });

  it('reports a failed write and keeps what was stored', async () => {
    const { input, onImported, onNotice } = setup({ store: createUserSeriesStore(openWithFailingWrites('db.quota')) });
    await userEvent.upload(input, csv('usdkrw.csv', INTRADAY));
    await screen.findByRole('dialog');
    await userEvent.type(screen.getByRole('textbox', { name: 'Unit' }), 'KRW');
    await userEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    await waitFor(() =>
      expect(onNotice).toHaveBeenCalledWith(
        "usdkrw.csv was not imported: this browser's storage for the site is full (delete a series you no longer need, or free space). Nothing stored before was changed.",
      ),
    );
    expect(onImported).not.toHaveBeenCalled();
    expect(store.getState().series).toEqual([]);
  });
});
