// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { server } from '../../mocks/node';
import { resetViewStore } from '../lib/view-store';
import { renderApp } from '../../test/render';

describe('the dashboard shell', () => {
  beforeEach(() => resetViewStore());

  it('loads the bundled snapshot and says its source and date', async () => {
    renderApp('?source=snapshot');
    expect(screen.getByText('Loading exchange rates…')).toBeInTheDocument();
    expect(await screen.findByText('Source: Federal Reserve H.10, noon New York, as of 2024-11-29')).toBeInTheDocument();
    // The count line: the events in the default range, and all of them.
    const line = await screen.findByText(/^\d+ in view · \d{3} in all$/);
    const [inView, all] = line.textContent!.match(/\d+/g)!.map(Number);
    expect(inView).toBeGreaterThan(0);
    expect(inView).toBeLessThanOrEqual(all);
  });

  it('filters the list from the URL and selects an event into the URL', async () => {
    renderApp('?source=snapshot&q=nuclear%20test');
    const list = await screen.findByRole('list', { name: 'Events' });
    // The list fills in a deferred render.
    const items = await within(list).findAllByRole('button');
    expect(items.length).toBeGreaterThanOrEqual(6);
    expect(screen.getByText(new RegExp(`^${items.length} in view · ${items.length} of \\d+ in all$`))).toBeInTheDocument();
    await userEvent.click(items[0]);
    await waitFor(() => expect(window.location.search).toMatch(/event=2006-10-09-first-nuclear-test/));
    const details = screen.getByRole('region', { name: 'Selected event' });
    expect(within(details).getByRole('heading')).toHaveTextContent(/nuclear/i);
    expect(within(details).getByRole('link')).toHaveAttribute('href', expect.stringMatching(/^https?:/));
    // The event was in view: selecting it left the range (none in the link) as it was.
    expect(window.location.search).not.toMatch(/from=|to=/);
  });

  it('drops junk URL values with a notice and keeps the rest', async () => {
    renderApp('?source=snapshot&pairs=USDKRW,XAU&vol=abc');
    expect(await screen.findByText(/Link: pairs: ignored "XAU"/)).toBeInTheDocument();
    expect(screen.getByText(/Link: vol="abc"/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /Dismiss notice: Link: vol/ }));
    expect(screen.queryByText(/Link: vol="abc"/)).toBeNull();
    expect(screen.getByText(/pairs: ignored "XAU"/)).toBeInTheDocument();
  });

  it('shows a clear error with a retry when the snapshot is broken, and recovers', async () => {
    let broken = true;
    server.use(
      http.get('*/data/h10-snapshot.json', () => (broken ? HttpResponse.json({ format: 'nope' }) : undefined)),
    );
    renderApp('?source=snapshot');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The exchange rates could not be loaded.');
    expect(alert).toHaveTextContent(/snapshot file is not valid: format/);
    // The event list keeps working while the rates are down.
    expect(await screen.findByRole('searchbox', { name: 'Filter events by text' })).toBeInTheDocument();
    broken = false;
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText(/as of 2024-11-29/)).toBeInTheDocument();
  });

  it('renders only the chart, legend, source and a full-view link when embedded', async () => {
    renderApp('?source=snapshot&embed=1&theme=dark');
    expect(await screen.findByText(/as of 2024-11-29/)).toBeInTheDocument();
    const link = screen.getByRole('link', { name: 'Open full view' });
    expect(link.getAttribute('href')).not.toMatch(/embed/);
    expect(link.getAttribute('href')).toMatch(/theme=dark/);
    expect(screen.queryByRole('button', { name: /Download/ })).toBeNull();
    expect(screen.queryByRole('searchbox')).toBeNull();
    expect(document.documentElement.dataset.theme).toBe('dark');
  });
});
