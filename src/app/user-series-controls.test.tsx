// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { Blob as NodeBlob } from 'node:buffer';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { openSeriesDb, SERIES_DB_NAME, type NewSeries } from '../features/user-data/store/series-db';
import { useUserSeriesStore } from '../features/user-data/store/user-series-store';
import { translate } from '../i18n/i18n';
import { resetViewStore, useViewStore } from '../lib/view-store';
import { UserSeriesControls } from './user-series-controls';

const series = (name: string): NewSeries => ({
  name, unit: 'KRW', color: 'teal', resolution: 'daily', fix: { zone: 'Asia/Seoul', time: '23:59' }, instants: new Float64Array([Date.UTC(2024, 0, 2)]), values: new Float64Array([1300]),
});

async function seed(names: string[], broken?: string): Promise<void> {
  const opened = await openSeriesDb();
  if (!opened.ok) throw new Error(opened.code);
  for (const n of names) await opened.value.save(series(n));
  opened.value.close();
  if (!broken) return;
  const raw = await new Promise<IDBDatabase>((ok) => {
    const req = indexedDB.open(SERIES_DB_NAME);
    req.onsuccess = () => ok(req.result);
  });
  await new Promise<void>((ok) => {
    const tx = raw.transaction('series-points', 'readwrite');
    tx.objectStore('series-points').delete(broken);
    tx.oncomplete = () => ok();
  });
  raw.close();
}

beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory());
  // The series' numbers are stored as Blobs: fake-indexeddb copies with Node's structuredClone, which
  // clones Node's Blob (as a browser clones its own) but not jsdom's.
  vi.stubGlobal('Blob', NodeBlob);
  resetViewStore();
});
afterEach(() => {
  cleanup();
  useUserSeriesStore.getState().reset();
  vi.unstubAllGlobals();
});

describe('UserSeriesControls', () => {
  it('reads the stored series once, reports one that cannot be read, and shows or hides a series', async () => {
    await seed(['NDF', 'Gone'], 'csv:gone');
    const onShownChange = vi.fn();
    render(<UserSeriesControls shownIds={['USDKRW']} onShownChange={onShownChange} />);
    expect(screen.getByRole('button', { name: 'Import series' })).toBeEnabled();
    const list = await screen.findByRole('button', { name: 'Your series (2)' });
    await waitFor(() => expect(list).toBeEnabled());
    expect(useViewStore.getState().notices.map((n) => translate(n))).toEqual([
      'Your series Gone (csv:gone) could not be read and is not shown: the series is no longer stored (deleted in another tab?). You can delete it in Your series.',
    ]);
    await userEvent.click(list);
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Show NDF' }));
    expect(onShownChange).toHaveBeenCalledWith(['USDKRW', 'csv:ndf']);
    expect(within(screen.getByRole('list', { name: 'Could not be read' })).getByText('Gone')).toBeInTheDocument();
  });

  it('opens the database after the first paint when the link shows no imported series, at once when it shows one', async () => {
    // Frames are held back: the first paint has not happened until the test runs them.
    const frames: FrameRequestCallback[] = [];
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => frames.push(cb));
    const load = vi.spyOn(useUserSeriesStore.getState(), 'load');
    const first = render(<UserSeriesControls shownIds={['USDKRW']} onShownChange={() => {}} />);
    expect(load).not.toHaveBeenCalled();
    frames.splice(0).forEach((cb) => cb(0));
    await waitFor(() => expect(load).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(useUserSeriesStore.getState().status).toBe('ready'));
    first.unmount();
    useUserSeriesStore.getState().reset();
    const again = vi.spyOn(useUserSeriesStore.getState(), 'load');
    render(<UserSeriesControls shownIds={['USDKRW', 'csv:ndf']} onShownChange={() => {}} />);
    expect(again).toHaveBeenCalledTimes(1);
    expect(frames).toHaveLength(0);
    await waitFor(() => expect(useUserSeriesStore.getState().status).toBe('ready'));
    vi.restoreAllMocks();
  });

  it('in the embed reads the series read-only and shows no controls', async () => {
    await seed(['NDF']);
    const { container } = render(<UserSeriesControls shownIds={[]} onShownChange={() => {}} embed />);
    expect(container).toBeEmptyDOMElement();
    await waitFor(() => expect(useUserSeriesStore.getState().status).toBe('ready'));
    expect(useUserSeriesStore.getState().readOnly).toBe(true);
    expect(useUserSeriesStore.getState().series.map((s) => s.meta.id)).toEqual(['csv:ndf']);
  });

  it('without IndexedDB adds no notice at start, and the list says why it is empty', async () => {
    vi.stubGlobal('indexedDB', undefined);
    render(<UserSeriesControls shownIds={[]} onShownChange={() => {}} />);
    const list = await screen.findByRole('button', { name: 'Your series (0)' });
    await waitFor(() => expect(list).toBeEnabled());
    expect(useViewStore.getState().notices).toEqual([]);
    await userEvent.click(list);
    expect(screen.getByRole('dialog', { name: 'Your series' })).toHaveTextContent(
      'Your series cannot be read or kept here: this browser does not let the site store data here (private mode, or site data turned off).',
    );
  });
});
