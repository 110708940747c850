// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { KrwEvent } from '../../events/model/event-schema';
import { USER_EVENTS_KEY } from '../model/user-events-storage';
import { initUserEventsStore, resetUserEventsStore, useUserEventsStore } from '../store/user-events-store';
import { ImportEventsButton } from './import-events-button';

const HEADER = 'id,date,time,timezone,category,actor,title,summary,source_url,tags';
const row = (id: string, date = '2016-01-06', title = `Test ${id}`) => `${id},${date},,,provocation,DPRK,${title},s,https://example.org/${id},`;
const csvFile = (name: string, rows: string[]) => new File([[HEADER, ...rows].join('\n')], name, { type: 'text/csv' });
const ids = () => useUserEventsStore.getState().events.map((e: KrwEvent) => e.id);

/** A built-in event with this id (its title differs from the rows' `Test <id>`). */
const builtIn = (id: string): KrwEvent => ({
  id, date: '2016-01-06', timezone: 'Asia/Seoul', category: 'provocation', actor: 'DPRK', title: 'Built-in', summary: 's', source_url: 'https://example.org/',
});

/** Import in the preview that a file with events opens. */
async function confirmImport() {
  await userEvent.click(await screen.findByRole('button', { name: 'Import' }));
}

function setup(builtInIds: string[] = []) {
  const onReport = vi.fn();
  render(<ImportEventsButton builtInEvents={builtInIds.map(builtIn)} onReport={onReport} today={() => '2026-12-02'} />);
  const input = screen.getByLabelText('Events file to import (CSV or JSON)') as HTMLInputElement;
  return { onReport, input };
}

describe('ImportEventsButton', () => {
  beforeEach(() => {
    localStorage.clear();
    resetUserEventsStore();
  });
  afterEach(() => vi.restoreAllMocks());

  it('is a button named Import events that opens a file input for CSV and JSON', async () => {
    const { input } = setup();
    const click = vi.spyOn(input, 'click');
    await userEvent.click(screen.getByRole('button', { name: 'Import events' }));
    expect(click).toHaveBeenCalled();
    expect(input.accept).toBe('.csv,.json,text/csv,application/json');
  });

  it('imports the good rows of a file and reports the skipped lines', async () => {
    const { onReport, input } = setup(['built-in-one']);
    const file = csvFile('my.csv', [row('good-one'), row('bad-date', '2016-02-30'), row('built-in-one'), row('good-two', '2017-09-03')]);
    await userEvent.upload(input, file);
    await confirmImport();
    await waitFor(() => expect(onReport).toHaveBeenCalledTimes(1));
    expect(onReport).toHaveBeenCalledWith([
      'Imported 2 events from my.csv; 2 lines skipped: line 3: date "2016-02-30" is not a real date (YYYY-MM-DD); line 4: id "built-in-one" is already a built-in event; skipped',
    ]);
    expect(ids()).toEqual(['good-one', 'good-two']);
    expect(JSON.parse(localStorage.getItem(USER_EVENTS_KEY)!).events).toHaveLength(2);
  });

  it('never loses existing events on a re-import and says which it replaced', async () => {
    const { onReport, input } = setup();
    await userEvent.upload(input, csvFile('first.csv', [row('kept-one'), row('kept-two')]));
    await confirmImport();
    await waitFor(() => expect(onReport).toHaveBeenCalledTimes(1));
    await userEvent.upload(input, csvFile('second.csv', [row('kept-two', '2016-01-06', 'Revised'), row('added-three')]));
    await confirmImport();
    await waitFor(() => expect(onReport).toHaveBeenCalledTimes(2));
    expect(onReport).toHaveBeenLastCalledWith(['Imported 2 events from second.csv (it replaced your earlier version: kept-two)']);
    expect(ids()).toEqual(['kept-one', 'kept-two', 'added-three']);
    expect(useUserEventsStore.getState().events[1].title).toBe('Revised');
    // A broken file changes nothing.
    await userEvent.upload(input, new File(['[{"id": '], 'broken.json', { type: 'application/json' }));
    await waitFor(() => expect(onReport).toHaveBeenCalledTimes(3));
    expect(onReport.mock.calls[2][0][0]).toBe('No event imported from broken.json');
    expect(onReport.mock.calls[2][0][1]).toMatch(/^broken\.json: line 1: not valid JSON/);
    expect(ids()).toEqual(['kept-one', 'kept-two', 'added-three']);
  });

  it('imports JSON', async () => {
    const { onReport, input } = setup();
    const json = JSON.stringify({ events: [{ id: 'from-json', date: '2025-11-06', category: 'sanction', actor: 'South Korea', title: 'Review', summary: 's', source_url: 'https://a.kr/' }] });
    await userEvent.upload(input, new File([json], 'events.json', { type: 'application/json' }));
    await confirmImport();
    await waitFor(() => expect(onReport).toHaveBeenCalledWith(['Imported 1 event from events.json']));
    expect(ids()).toEqual(['from-json']);
  });

  it('refuses a file that is too large without reading it', async () => {
    const { onReport, input } = setup();
    const big = new File(['x'], 'huge.csv', { type: 'text/csv' });
    Object.defineProperty(big, 'size', { value: 6 * 1024 * 1024 });
    await userEvent.upload(input, big);
    await waitFor(() => expect(onReport).toHaveBeenCalledWith([expect.stringMatching(/^huge\.csv was not imported: it is 6\.0 MB/)]));
    expect(ids()).toEqual([]);
  });

  it('reads a Latin-1 (Windows-1252) file as such and says so', async () => {
    const { onReport, input } = setup();
    // "Séoul café" in Windows-1252: é is the single byte 0xE9 (it is C3 A9 in UTF-8).
    const ascii = (t: string) => [...t].map((c) => c.charCodeAt(0));
    const bytes = new Uint8Array([
      ...ascii(`${HEADER}\nseoul-cafe,2016-01-06,,,provocation,DPRK,S`), 0xe9, ...ascii('oul caf'), 0xe9, ...ascii(',s,https://example.org/x,\n'),
    ]);
    await userEvent.upload(input, new File([bytes], 'latin.csv', { type: 'text/csv' }));
    await confirmImport();
    await waitFor(() => expect(onReport).toHaveBeenCalledWith(['Imported 1 event from latin.csv (read as Windows-1252, not UTF-8)']));
    expect(useUserEventsStore.getState().events[0].title).toBe('Séoul café');
  });

  it('reads an EUC-KR file with Hangul as EUC-KR', async () => {
    const { onReport, input } = setup();
    // 한국 in EUC-KR: C7 D1, B1 B9.
    const ascii = (t: string) => [...t].map((c) => c.charCodeAt(0));
    const bytes = new Uint8Array([...ascii(`${HEADER}\nkorea-one,2016-01-06,,,provocation,DPRK,`), 0xc7, 0xd1, 0xb1, 0xb9, ...ascii(' x,s,https://example.org/x,\n')]);
    await userEvent.upload(input, new File([bytes], 'korean.csv', { type: 'text/csv' }));
    await confirmImport();
    await waitFor(() => expect(onReport).toHaveBeenCalledWith(['Imported 1 event from korean.csv (read as EUC-KR, not UTF-8)']));
    expect(useUserEventsStore.getState().events[0].title).toBe('한국 x');
  });

  it('refuses a file that is no clear encoding, naming the first line that is not UTF-8, and adds nothing', async () => {
    const { onReport, input } = setup();
    const ascii = (t: string) => [...t].map((c) => c.charCodeAt(0));
    // 0x81 has no character in Windows-1252 and makes no EUC-KR pair before a comma.
    const bytes = new Uint8Array([...ascii(`${HEADER}\n${row('fine-one')}\nodd-one,2016-01-06,,,provocation,DPRK,Odd`), 0x81, ...ascii(',s,https://a.org/,\n')]);
    await userEvent.upload(input, new File([bytes], 'odd.csv', { type: 'text/csv' }));
    await waitFor(() => expect(onReport).toHaveBeenCalledTimes(1));
    expect(onReport.mock.calls[0][0]).toEqual([
      'odd.csv was not imported: line 3 is not UTF-8 text (nor clearly Windows-1252 or EUC-KR); save the file as "CSV UTF-8" or JSON and import it again',
    ]);
    expect(ids()).toEqual([]);
  });

  it('calls a built-in event that comes back unchanged "already present", not a skipped line', async () => {
    const onReport = vi.fn();
    const same = builtIn('built-in-same');
    render(<ImportEventsButton builtInEvents={[same]} onReport={onReport} today={() => '2026-12-02'} />);
    const csv = [HEADER, `built-in-same,2016-01-06,,Asia/Seoul,provocation,DPRK,Built-in,s,https://example.org/,`, row('mine-one')].join('\n');
    await userEvent.upload(screen.getByLabelText('Events file to import (CSV or JSON)'), new File([csv], 'back.csv', { type: 'text/csv' }));
    await confirmImport();
    await waitFor(() => expect(onReport).toHaveBeenCalledWith(['Imported 1 event from back.csv; 1 built-in event already present']));
    expect(screen.queryByText(/Show/)).toBeNull();
  });

  it('says the events are not saved when the storage is full, and keeps them in the page', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const { onReport, input } = setup();
    await userEvent.upload(input, csvFile('my.csv', [row('kept-in-page')]));
    await confirmImport();
    await waitFor(() => expect(onReport).toHaveBeenCalledTimes(1));
    expect(onReport).toHaveBeenCalledWith([
      'Imported 1 event from my.csv',
      "Not saved — they will be gone when you reload (this browser's storage for the app is full). Use Export events to keep a copy.",
    ]);
    expect(ids()).toEqual(['kept-in-page']);
    expect(localStorage.getItem(USER_EVENTS_KEY)).toBeNull();
  });

  it('says an import is kept for this session only when the stored data is from a newer version', async () => {
    const future = JSON.stringify({ version: 3, events: [] });
    localStorage.setItem(USER_EVENTS_KEY, future);
    initUserEventsStore();
    const { onReport, input } = setup();
    await userEvent.upload(input, csvFile('my.csv', [row('session-one'), row('session-two')]));
    await confirmImport();
    await waitFor(() => expect(onReport).toHaveBeenCalledTimes(1));
    expect(onReport.mock.calls[0][0]).toEqual([
      'Imported 2 events from my.csv',
      'Not saved — they will be gone when you reload (your saved events were written by a newer version of KRW Event Lens and are left as they are). Use Export events to keep a copy.',
    ]);
    expect(localStorage.getItem(USER_EVENTS_KEY)).toBe(future);
  });
});
