// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import { useState, type ReactNode } from 'react';
import { withDays } from '../features/events/model/filter-events';
import { reactionSteps } from '../features/reactions/model';
import { intradayOf, seriesOn, weekdays } from '../features/reactions/model/test-fixtures';
import { ev } from '../features/events/model/test-fixtures';
import { DEFAULT_VIEW } from '../lib/url-state';
import { resetViewStore, useViewStore } from '../lib/view-store';
import type { Series, SeriesBundle } from '../features/rates/model/series';
import type { UnixMs } from '../lib/units';
import ReactionsSection from './reactions-section';

vi.mock('../features/reactions/model', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../features/reactions/model')>();
  return { ...actual, reactionSteps: vi.fn(actual.reactionSteps) };
});

// Synthetic: H.10 USD/KRW, the same pair from the ECB (comparison line) and 1-minute bars of an imported series.
const dates = weekdays('2024-07-01', 5);
const h10 = seriesOn(dates, [1380, 1382, 1385, 1384, 1383]);
const ecb = seriesOn(dates, [1381, 1383, 1386, 1387, 1385], 'USDKRW', 'ecb');
const bars = intradayOf('csv:usdkrw-1m', '2024-07-03T01:25:00Z', [1380, 1380.5, 1381, 1381.5, 1382, 1386.5, 1387, 1386]);
const events = withDays([ev('kst-1030', '2024-07-03', { time: '10:30' }), ev('kst-day', '2024-07-02')]);
const range = { from: Date.UTC(2024, 5, 1) as UnixMs, to: Date.UTC(2024, 6, 31) as UnixMs };

// The section asks for the study's regional basket (TanStack Query): one client per render.
function Wrapper({ children }: { children: ReactNode }) {
  const [client] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: false } } }));
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

function dashboard(series: Series[]) {
  useViewStore.getState().setView({ ...DEFAULT_VIEW, event: 'kst-1030' });
  const bundle: SeriesBundle = { source: 'snapshot', series: { USDKRW: h10 }, asOf: '2024-07-05', first: '2024-07-01' };
  return { bundle, allEvents: events, events, selected: events.find((e) => e.id === 'kst-1030') ?? null, series };
}

describe('ReactionsSection', () => {
  beforeEach(() => {
    resetViewStore();
    vi.mocked(reactionSteps).mockClear();
  });

  it('measures every shown line, imported and comparison lines too, and shows which fix saw the event first', () => {
    render(<ReactionsSection {...dashboard([h10, { ...ecb, compare: true }, bars])} range={range} onSelect={() => undefined} />, { wrapper: Wrapper });
    expect(document.querySelectorAll('tr[data-row-event-id="kst-1030"]')).toHaveLength(3);
    expect(document.querySelector('tr[data-row-event-id="kst-1030"][data-pair="csv:usdkrw-1m"]')).not.toBeNull();
    expect(document.querySelector('tr[data-row-event-id="kst-1030"][data-pair="USDKRW@ecb"]')).not.toBeNull();
    const panel = screen.getByRole('region', { name: 'Which fix saw it first' });
    // 10:30 Seoul = 01:30 UTC: the 01:30 bar; ECB 14:15 Frankfurt = 12:15 UTC; H.10 noon New York = 16:00 UTC.
    expect(within(panel).getAllByRole('rowheader').map((h) => h.textContent?.trim())).toEqual(['Synthetic csv:usdkrw-1m', 'USD/KRW · ECB', 'USD/KRW · H.10']);
  });

  it('computes the reactions again only when the lines change, not for a new list of the same lines', () => {
    const { rerender } = render(<ReactionsSection {...dashboard([h10, { ...ecb, compare: true }, bars])} range={range} onSelect={() => undefined} />, { wrapper: Wrapper });
    expect(reactionSteps).toHaveBeenCalledTimes(1);
    // A new list, the comparison line wrapped again (as shownSeries does on every change of its inputs).
    rerender(<ReactionsSection {...dashboard([h10, { ...ecb, compare: true }, bars])} range={{ ...range }} onSelect={() => undefined} />);
    expect(reactionSteps).toHaveBeenCalledTimes(1);
    rerender(<ReactionsSection {...dashboard([h10, bars])} range={range} onSelect={() => undefined} />);
    expect(reactionSteps).toHaveBeenCalledTimes(2);
  });

  it('says it is behind while its lines have not yet followed the chart: busy, and the CSV waits', async () => {
    const props = dashboard([h10, bars]);
    const { rerender } = render(<ReactionsSection {...props} range={range} onSelect={() => undefined} />, { wrapper: Wrapper });
    const section = () => document.querySelector('section.reactions');
    const csv = () => screen.getByRole('button', { name: 'Download reactions CSV' });
    await waitFor(() => expect(section()).toHaveAttribute('aria-busy', 'false'));
    expect(csv()).toBeEnabled();
    rerender(<ReactionsSection {...props} range={range} onSelect={() => undefined} behind />);
    expect(section()).toHaveAttribute('aria-busy', 'true');
    expect(csv()).toBeDisabled();
  });
});
