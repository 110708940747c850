// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { USER_EVENTS_KEY } from '../features/user-data/model/user-events-storage';
import { reloadUserEventsStore, resetUserEventsStore } from '../features/user-data/store/user-events-store';
import { resetViewStore } from '../lib/view-store';
import { renderApp } from '../../test/render';

// The built-in events load as their own chunk: slow on a busy machine.
const SLOW = { timeout: 8000 };
vi.setConfig({ testTimeout: 20_000 });

const mine = {
  id: 'my-own-zebra-event', date: '2015-08-20', timezone: 'Asia/Seoul', category: 'provocation', actor: 'DPRK',
  title: 'Zebra shelling across the DMZ', summary: 'My note.', source_url: 'https://example.org/zebra',
};

describe('your own events in the dashboard', () => {
  beforeEach(() => {
    localStorage.clear();
    resetUserEventsStore();
    resetViewStore();
  });

  it('lists stored user events among the built-ins, marked as yours, and counts them', async () => {
    localStorage.setItem(USER_EVENTS_KEY, JSON.stringify({ version: 1, events: [mine] }));
    reloadUserEventsStore();
    renderApp('?source=snapshot&q=zebra');
    expect(await screen.findByText(/^1 in view · 1 of \d{3} in all$/, {}, SLOW)).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Events' });
    // The list's rows render in a deferred pass after the panel itself.
    const item = await within(list).findByRole('button', { name: /Zebra shelling/ }, SLOW);
    expect(within(item).getByText('yours')).toBeInTheDocument();
    await userEvent.click(item);
    const details = screen.getByRole('region', { name: 'Selected event' });
    expect(within(details).getByText('yours')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Your events (1)' })).toBeInTheDocument();
  });

  it('imports a file from the toolbar and reports the result in the notice bar', async () => {
    renderApp('?source=snapshot&q=zebra');
    await screen.findByText(/as of 2024-11-29/, {}, SLOW);
    await screen.findByText(/^0 in view · 0 of \d{3} in all$/, {}, SLOW); // the built-in ids are known
    expect(screen.getByRole('button', { name: 'Export events' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Import events' })).toBeInTheDocument();
    const csv = 'id,date,category,actor,title,summary,source_url\n' +
      `${mine.id},${mine.date},${mine.category},${mine.actor},${mine.title},${mine.summary},${mine.source_url}\n` +
      '2006-10-09-first-nuclear-test,2006-10-09,provocation,DPRK,Copy,s,https://a.org/\n' +
      'bad-link,2016-01-06,sanction,UN,Bad link,s,javascript:alert(1)\n';
    await userEvent.upload(screen.getByLabelText('Events file to import (CSV or JSON)'), new File([csv], 'mine.csv', { type: 'text/csv' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Import' }, SLOW));
    const notices = await screen.findByRole('list', { name: 'Notices' }, SLOW);
    expect(notices).toHaveTextContent(
      'Imported 1 event from mine.csv; 2 lines skipped: line 3: id "2006-10-09-first-nuclear-test" is already a built-in event; skipped; ' +
        'line 4: source_url "javascript:alert(1)" is not an http or https link',
    );
    const list = await screen.findByRole('list', { name: 'Events' });
    expect(await within(list).findByRole('button', { name: /Zebra shelling/ }, SLOW)).toHaveTextContent('yours');
  });

  it('says so when the stored events are damaged', async () => {
    localStorage.setItem(USER_EVENTS_KEY, '[{');
    reloadUserEventsStore();
    renderApp('?source=snapshot');
    expect(await screen.findByText('Your saved events could not be read (damaged data)', {}, SLOW)).toBeInTheDocument();
  });

  it('recovers a truncated store, and writes over it only once its notice is dismissed', async () => {
    const other = { ...mine, id: 'my-second-event', title: 'Second' };
    const text = JSON.stringify({ version: 1, events: [mine, other, { ...mine, id: 'my-third-event' }] });
    const cut = text.slice(0, text.indexOf('my-third-event'));
    localStorage.setItem(USER_EVENTS_KEY, cut);
    reloadUserEventsStore();
    renderApp('?source=snapshot');
    const notice = await screen.findByText(/^Recovered 2 of your events from damaged storage; the data stops in the middle of item 3\./, {}, SLOW);
    expect(screen.getByRole('button', { name: 'Your events (2)' })).toBeInTheDocument();
    expect(localStorage.getItem(USER_EVENTS_KEY)).toBe(cut);
    await userEvent.click(screen.getByRole('button', { name: `Dismiss notice: ${notice.textContent}` }));
    expect(JSON.parse(localStorage.getItem(USER_EVENTS_KEY)!)).toEqual({ version: 1, events: [mine, other] });
    expect(Object.keys(localStorage).filter((k) => k.startsWith('krw-lens:user-events.backup:')).map((k) => localStorage.getItem(k))).toEqual([cut]);
  });
});
