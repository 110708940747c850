// @vitest-environment jsdom
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { downloadBlob } from '../../../components/ui/download';
import type { KrwEvent } from '../../events/model/event-schema';
import { listBackups } from '../model/user-events-backups';
import { USER_EVENTS_BACKUP_KEY, USER_EVENTS_KEY } from '../model/user-events-storage';
import { initUserEventsStore, resetUserEventsStore, useUserEventsStore } from '../store/user-events-store';
import { UserEventsManager } from './user-events-manager';

vi.mock('../../../components/ui/download', () => ({ downloadBlob: vi.fn() }));

const ev = (id: string, date: string): KrwEvent => ({
  id, date, timezone: 'Asia/Seoul', category: 'sanction', actor: 'UN', title: `Title ${id}`, summary: 's', source_url: 'https://a.org/',
});

describe('UserEventsManager', () => {
  beforeEach(() => {
    localStorage.clear();
    resetUserEventsStore();
    vi.mocked(downloadBlob).mockClear();
  });
  afterEach(() => vi.restoreAllMocks());

  it('shows nothing while the user has no events', () => {
    const { container } = render(<UserEventsManager />);
    expect(container).toBeEmptyDOMElement();
  });

  it('writes a count in thousands with its separator', () => {
    const many = Array.from({ length: 1_234 }, (_, i) => ev(`u-${String(i).padStart(4, '0')}`, '2016-01-06'));
    useUserEventsStore.getState().mergeImported(many, new Set());
    render(<UserEventsManager />);
    expect(screen.getByRole('button', { name: 'Your events (1,234)' })).toBeInTheDocument();
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
    expect(within(dialog).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['2010-01-01Title earlierEditRemove', '2020-01-01Title laterEditRemove']);
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

  describe('backups', () => {
    const v1 = (...ids: string[]) => JSON.stringify({ version: 1, events: ids.map((id) => ev(id, '2012-01-01')) });
    const NEWER = `${USER_EVENTS_BACKUP_KEY}:2026-11-30T10:15:00.000Z`;
    const seed = () => {
      localStorage.setItem(USER_EVENTS_BACKUP_KEY, v1('old-a', 'old-b', 'old-c'));
      localStorage.setItem(NEWER, v1('cut-1', 'cut-2').slice(0, -30)); // damaged: one event readable
      localStorage.setItem(USER_EVENTS_KEY, v1('now-1'));
      initUserEventsStore();
    };
    const open = async (n: number) => {
      await userEvent.click(screen.getByRole('button', { name: `Your events (${n})` }));
      return within(screen.getByRole('region', { name: 'Backups' }));
    };

    it('lists every backup, newest first, with what it holds', async () => {
      seed();
      render(<UserEventsManager />);
      const backups = await open(1);
      expect(backups.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
        `2026-11-30 10:15 UTC1 event, ${localStorage.getItem(NEWER)!.length} BDownloadRestore`,
        `older backup3 events, ${localStorage.getItem(USER_EVENTS_BACKUP_KEY)!.length} BDownloadRestore`,
      ]);
    });

    it('shows "Your events (0)" when only backups are left, so they can be restored', () => {
      localStorage.setItem(USER_EVENTS_BACKUP_KEY, v1('old-a'));
      initUserEventsStore();
      render(<UserEventsManager />);
      expect(screen.getByRole('button', { name: 'Your events (0)' })).toBeInTheDocument();
    });

    it('downloads a backup’s text as it is stored', async () => {
      seed();
      render(<UserEventsManager />);
      const backups = await open(1);
      await userEvent.click(backups.getByRole('button', { name: 'Download the backup from 2026-11-30 10:15 UTC' }));
      expect(downloadBlob).toHaveBeenCalledWith(localStorage.getItem(NEWER), 'krw-lens-user-events-backup-2026-11-30T10-15-00Z.json', 'application/json');
    });

    it('restores a backup only after asking, keeping the current events as a backup first', async () => {
      seed();
      const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true);
      render(<UserEventsManager />);
      const backups = await open(1);
      await userEvent.click(backups.getByRole('button', { name: 'Restore the older backup' }));
      expect(confirm).toHaveBeenLastCalledWith(
        'Replace your 1 current event with the 3 events of the older backup? Your current events are kept as a backup first.',
      );
      expect(useUserEventsStore.getState().events.map((e) => e.id)).toEqual(['now-1']);
      await userEvent.click(backups.getByRole('button', { name: 'Restore the older backup' }));
      expect(useUserEventsStore.getState().events.map((e) => e.id)).toEqual(['old-a', 'old-b', 'old-c']);
      expect(screen.getByRole('status')).toHaveTextContent('Restored 3 events from the older backup; your previous events are kept as a backup.');
      expect(listBackups(localStorage).map((b) => b.text)).toContain(v1('now-1'));
      expect(screen.getByRole('button', { name: 'Your events (3)' })).toBeInTheDocument();
    });
  });

  it('shows a "not saved" badge, with the reason on hover or focus, while changes are not saved', async () => {
    useUserEventsStore.getState().mergeImported([ev('saved', '2010-01-01')], new Set());
    render(<UserEventsManager />);
    expect(screen.queryByText('not saved')).toBeNull();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    act(() => void useUserEventsStore.getState().mergeImported([ev('lost-on-reload', '2011-01-01')], new Set()));
    const badge = screen.getByText('not saved');
    expect(badge).toHaveAccessibleDescription(
      "Your events are kept in this page only and will be gone when you reload (this browser's storage for the app is full). Use Export events to keep a copy.",
    );
    await userEvent.tab();
    await userEvent.tab();
    expect(badge).toHaveFocus();
    vi.mocked(Storage.prototype.setItem).mockRestore();
    act(() => useUserEventsStore.getState().remove('lost-on-reload'));
    expect(screen.queryByText('not saved')).toBeNull();
  });
});
