// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { KrwEvent } from '../../events/model/event-schema';
import { resetUserEventsStore, useUserEventsStore } from '../store/user-events-store';
import { UserEventsManager } from './user-events-manager';

const ev = (id: string, date: string): KrwEvent => ({
  id, date, timezone: 'Asia/Seoul', category: 'sanction', actor: 'UN', title: `Title ${id}`, summary: 's', source_url: 'https://a.org/',
});

describe('UserEventsManager', () => {
  beforeEach(() => {
    localStorage.clear();
    resetUserEventsStore();
  });
  afterEach(() => vi.restoreAllMocks());

  it('shows nothing while the user has no events', () => {
    const { container } = render(<UserEventsManager />);
    expect(container).toBeEmptyDOMElement();
  });

  it('lists the first 200 of many events, and more on request', () => {
    const many = Array.from({ length: 230 }, (_, i) => ev(`u-${String(229 - i).padStart(3, '0')}`, '2016-01-06'));
    useUserEventsStore.getState().mergeImported(many, new Set());
    render(<UserEventsManager />);
    fireEvent.click(screen.getByRole('button', { name: 'Your events (230)' }));
    const items = () => document.querySelectorAll('.user-events-list > li');
    expect(items()).toHaveLength(200);
    expect(items()[0]).toHaveTextContent('Title u-000'); // sorted by date, then id
    expect(screen.getByText(/200 of 230 shown/)).toBeInTheDocument();
    fireEvent.click(screen.getByText('Show 30 more'));
    expect(items()).toHaveLength(230);
  });

  it('lists the user’s events by date and removes one', async () => {
    useUserEventsStore.getState().mergeImported([ev('later', '2020-01-01'), ev('earlier', '2010-01-01')], new Set());
    render(<UserEventsManager />);
    await userEvent.click(screen.getByRole('button', { name: 'Your events (2)' }));
    const dialog = screen.getByRole('dialog', { name: 'Your events' });
    expect(within(dialog).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['2010-01-01Title earlierRemove', '2020-01-01Title laterRemove']);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove Title later (2020-01-01)' }));
    expect(useUserEventsStore.getState().events.map((e) => e.id)).toEqual(['earlier']);
    expect(screen.getByRole('button', { name: 'Your events (1)' })).toBeInTheDocument();
  });

  it('removes all only after confirmation', async () => {
    useUserEventsStore.getState().mergeImported([ev('one', '2010-01-01'), ev('two', '2011-01-01')], new Set());
    const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true);
    render(<UserEventsManager />);
    await userEvent.click(screen.getByRole('button', { name: 'Your events (2)' }));
    await userEvent.click(screen.getByRole('button', { name: 'Remove all your events' }));
    expect(confirm).toHaveBeenCalledWith(expect.stringMatching(/^Remove all 2 of your events/));
    expect(useUserEventsStore.getState().events).toHaveLength(2);
    await userEvent.click(screen.getByRole('button', { name: 'Remove all your events' }));
    expect(useUserEventsStore.getState().events).toEqual([]);
    expect(screen.queryByRole('button', { name: /Your events/ })).toBeNull();
  });
});
