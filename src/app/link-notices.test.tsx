// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { setFrankfurterScenario } from '../../mocks/handlers/frankfurter';
import { USER_EVENTS_KEY } from '../features/user-data/model/user-events-storage';
import { reloadUserEventsStore, resetUserEventsStore } from '../features/user-data/store/user-events-store';
import { resetViewStore, useViewStore } from '../lib/view-store';
import { renderApp } from '../../test/render';
import { translate } from '../i18n/i18n';
import { noticeText } from '../lib/notice-text';

// The built-in events load as their own chunk: slow on a busy machine.
const SLOW = { timeout: 8000 };
vi.setConfig({ testTimeout: 20_000 });

// The notices as the bar words them (each shortened to at most 300 characters).
const notices = () => useViewStore.getState().notices.map((n) => noticeText(translate(n)));

const mine = {
  id: 'my-own-zebra-event', date: '2015-08-20', timezone: 'Asia/Seoul', category: 'provocation', actor: 'DPRK',
  title: 'Zebra shelling across the DMZ', summary: 'My note.', source_url: 'https://example.org/zebra',
};

describe('notices for what a link asks and the data cannot give', () => {
  beforeEach(() => {
    localStorage.clear();
    resetUserEventsStore();
    resetViewStore();
  });

  it('says a from before the data, an unknown event and an unknown 10 KB actor, each in at most 300 characters', async () => {
    const actor = 'Q'.repeat(10_240);
    renderApp(`?source=snapshot&from=1900-01-01&event=nope-nope&actor=${actor}`);
    await screen.findByText(/as of 2024-11-29/, {}, SLOW);
    await screen.findByText(/^\d+ in view · \d+ of \d{3} in all$/, {}, SLOW);
    const bar = await screen.findByRole('list', { name: 'Notices' }, SLOW);
    await within(bar).findByText('Link: from=1900-01-01 is before the first observation (1981-04-13); showing from 1981-04-13', {}, SLOW);
    await within(bar).findByText('Link: event=nope-nope: no such event; nothing selected', {}, SLOW);
    await within(bar).findByText(/^Link: actor="Q+…": no event has this actor.*\(value shortened\)$/, {}, SLOW);
    for (const n of notices()) expect(n.length).toBeLessThanOrEqual(300);
    // Nothing the link asked for is dropped from the view.
    expect(useViewStore.getState().view.event).toBe('nope-nope');
  });

  it('says nothing for a built-in event, the user\'s own stored event, a known actor or dates inside the data', async () => {
    localStorage.setItem(USER_EVENTS_KEY, JSON.stringify({ version: 1, events: [mine] }));
    reloadUserEventsStore();
    renderApp('?source=snapshot&from=2015-01-01&to=2016-12-31&event=my-own-zebra-event&actor=DPRK');
    const details = await screen.findByRole('region', { name: 'Selected event' }, SLOW);
    expect(within(details).getByRole('heading')).toHaveTextContent('Zebra shelling across the DMZ');
    await screen.findByText(/^\d+ in view · \d+ of \d{3} in all$/, {}, SLOW);
    expect(notices()).toEqual([]);
  });

  it('selects the user\'s own linked event in a set of over 2,000 (they come after the first render), with no notice', async () => {
    // SYNTHETIC events: 2,000 on other days, and the linked one.
    const others = Array.from({ length: 2_000 }, (_, i) => ({ ...mine, id: `synthetic-many-${i}`, date: `2010-01-${String((i % 28) + 1).padStart(2, '0')}`, title: `Synthetic ${i}` }));
    localStorage.setItem(USER_EVENTS_KEY, JSON.stringify({ version: 1, events: [...others, mine] }));
    reloadUserEventsStore();
    renderApp('?source=snapshot&from=2015-01-01&to=2016-12-31&event=my-own-zebra-event');
    const details = await screen.findByRole('region', { name: 'Selected event' }, SLOW);
    expect(within(details).getByRole('heading')).toHaveTextContent('Zebra shelling across the DMZ');
    await screen.findByText(/ in all$/, {}, SLOW);
    expect(notices()).toEqual([]);
  });

  it('waits for the built-in events before it calls a built-in event unknown', async () => {
    renderApp('?source=snapshot&event=2006-10-09-first-nuclear-test&actor=DPRK');
    const details = await screen.findByRole('region', { name: 'Selected event' }, SLOW);
    expect(within(details).getByRole('heading')).toHaveTextContent(/nuclear/i);
    await screen.findByText(/as of 2024-11-29/, {}, SLOW);
    expect(notices()).toEqual([]);
  });

  it('shows one notice line in the embed: the latest notice and how many more', async () => {
    renderApp('?source=snapshot&embed=1&pairs=USDKRW,XAU&event=nope-nope');
    await screen.findByText(/as of 2024-11-29/, {}, SLOW);
    const line = await screen.findByRole('status', {}, SLOW);
    await within(line).findByText('Link: event=nope-nope: no such event; nothing selected', {}, SLOW);
    expect(line).toHaveTextContent('+1 more');
    expect(screen.queryByRole('list', { name: 'Notices' })).toBeNull();
  });

  it('names the end of the data that stays shown: the ECB answer, not the fallback shown while it is slow', async () => {
    // auto shows the H.10 snapshot (from 1981) after 3 s, then the ECB answer (the fixture starts 2024-07-09).
    // The ECB answer comes 5 s after the fallback, so that a busy machine still sees the fallback first.
    setFrankfurterScenario('slow', { slowMs: 8_000 });
    renderApp('?from=1900-01-01');
    const wait = { timeout: 25_000 };
    await screen.findByText(/Source: Federal Reserve H\.10/, {}, wait);
    await screen.findByText(/Source: ECB reference rates/, {}, wait);
    await screen.findByText('Link: from=1900-01-01 is before the first observation (2024-07-09); showing from 2024-07-09', {}, wait);
    expect(notices().filter((n) => n.includes('1981-04-13'))).toEqual([]);
  }, 60_000);
});
