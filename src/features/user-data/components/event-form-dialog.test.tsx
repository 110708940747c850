// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { KrwEvent } from '../../events/model/event-schema';
import { USER_EVENTS_KEY } from '../model/user-events-storage';
import { useEventFormStore } from '../store/event-form-store';
import { resetUserEventsStore, useUserEventsStore } from '../store/user-events-store';
import { AddEventButton, EventDetailActions, EventFormHost } from './event-form-controls';
import { UserEventsManager } from './user-events-manager';

const builtIn: KrwEvent = {
  id: 'built-in-one', date: '2016-01-06', timezone: 'Asia/Seoul', category: 'provocation', actor: 'DPRK',
  title: 'Fourth nuclear test', summary: 'Built in.', source_url: 'https://example.org/b',
};
const mine: KrwEvent = { ...builtIn, id: 'my-event', title: 'My own note', summary: 'Mine.', category: 'political' };
const events = () => useUserEventsStore.getState().events;

function setup(extra?: React.ReactNode) {
  render(
    <>
      <AddEventButton />
      <UserEventsManager />
      {extra}
      <EventFormHost builtInEvents={[builtIn]} today={() => '2026-12-02'} />
    </>,
  );
}

const field = (dialog: HTMLElement, label: string) => within(dialog).getByLabelText(label);
/** The message shown under a field (the element its aria-describedby names first). */
const messageOf = (input: HTMLElement) => {
  const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
  const err = ids.map((id) => document.getElementById(id)).find((el) => el?.className === 'field-error');
  return err?.textContent ?? null;
};

describe('the event form', () => {
  beforeEach(() => {
    localStorage.clear();
    resetUserEventsStore();
    useEventFormStore.setState({ request: null });
  });
  afterEach(() => vi.restoreAllMocks());

  it('adds an event, showing each field its own message (those of an import) as the user types', async () => {
    setup();
    const add = screen.getByRole('button', { name: 'Add event' });
    await userEvent.click(add);
    const dialog = await screen.findByRole('dialog', { name: 'Add event' });
    const title = field(dialog, 'Title');
    expect(title).toHaveFocus();
    await userEvent.type(title, 'UN');
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(messageOf(title)).toBe('title "UN" is too short (at least 3 characters)');
    const date = field(dialog, 'Date');
    expect(date).toHaveAttribute('aria-invalid', 'false'); // not touched yet: no message
    await userEvent.type(title, ' Resolution 2270');
    expect(messageOf(title)).toBeNull();
    await userEvent.type(date, '2016-02-30');
    expect(messageOf(date)).toBe('date "2016-02-30" is not a real date (YYYY-MM-DD)');
    await userEvent.clear(date);
    await userEvent.type(date, '2016-03-02');
    expect(messageOf(date)).toBeNull();
    const link = field(dialog, 'Source link (optional)');
    await userEvent.type(link, 'javascript:alert(1)');
    expect(messageOf(link)).toBe('source_url "javascript:alert(1)" is not an http or https link');
    await userEvent.clear(link);
    // Save shows the messages of the fields not yet touched, and goes to the first.
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    const category = field(dialog, 'Category');
    expect(messageOf(category)).toBe('category is missing');
    expect(category).toHaveFocus();
    expect(events()).toEqual([]);
    await userEvent.selectOptions(category, 'Sanction');
    expect(within(dialog).getByText('empty: un-resolution-2270-2016-03-02-665095')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(events()).toEqual([
      { id: 'un-resolution-2270-2016-03-02-665095', date: '2016-03-02', timezone: 'Asia/Seoul', category: 'sanction', actor: '', title: 'UN Resolution 2270', summary: '', source_url: '' },
    ]);
    expect(JSON.parse(localStorage.getItem(USER_EVENTS_KEY)!).events).toHaveLength(1);
    expect(add).toHaveFocus();
  });

  it('closes on Esc with nothing added, keeps Tab inside, and gives focus back to the control that opened it', async () => {
    setup();
    const add = screen.getByRole('button', { name: 'Add event' });
    await userEvent.click(add);
    const dialog = await screen.findByRole('dialog', { name: 'Add event' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    within(dialog).getByRole('button', { name: 'Cancel' }).focus();
    await userEvent.tab();
    expect(field(dialog, 'Title')).toHaveFocus();
    await userEvent.tab({ shift: true });
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await userEvent.type(field(dialog, 'Title'), 'Never saved');
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(add).toHaveFocus();
    expect(events()).toEqual([]);
  });

  it('edits one of your events from "Your events", and refuses an id another event has', async () => {
    useUserEventsStore.setState({ events: [mine, { ...mine, id: 'my-other', title: 'Other' }] });
    setup();
    await userEvent.click(screen.getByRole('button', { name: 'Your events (2)' }));
    const edit = screen.getByRole('button', { name: 'Edit My own note (2016-01-06)' });
    await userEvent.click(edit);
    const dialog = await screen.findByRole('dialog', { name: 'Edit your event' });
    const id = field(dialog, 'Id');
    expect(id).toHaveValue('my-event');
    await userEvent.clear(id);
    await userEvent.type(id, 'built-in-one');
    expect(messageOf(id)).toBe('id "built-in-one" is already a built-in event');
    await userEvent.clear(id);
    await userEvent.type(id, 'my-other');
    expect(messageOf(id)).toBe('id "my-other" is already one of your events');
    await userEvent.clear(id);
    await userEvent.type(id, 'my-event'); // its own id is fine
    expect(messageOf(id)).toBeNull();
    const title = field(dialog, 'Title');
    await userEvent.clear(title);
    await userEvent.type(title, 'My revised note');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(events().map((e) => [e.id, e.title])).toEqual([['my-event', 'My revised note'], ['my-other', 'Other']]);
    expect(screen.getByRole('button', { name: 'Edit My revised note (2016-01-06)' })).toHaveFocus();
  });

  it('rates an event by importance, and keeps the importance of an edited event unless changed', async () => {
    useUserEventsStore.setState({ events: [{ ...mine, importance: 2 }] });
    setup();
    await userEvent.click(screen.getByRole('button', { name: 'Your events (1)' }));
    await userEvent.click(screen.getByRole('button', { name: 'Edit My own note (2016-01-06)' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit your event' });
    const importance = field(dialog, 'Importance (optional)');
    expect(importance).toHaveValue('2');
    await userEvent.selectOptions(importance, '3 · major');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(events()[0].importance).toBe(3);
    await userEvent.click(screen.getByRole('button', { name: 'Edit My own note (2016-01-06)' }));
    await userEvent.selectOptions(field(await screen.findByRole('dialog', { name: 'Edit your event' }), 'Importance (optional)'), 'Unrated');
    await userEvent.click(within(screen.getByRole('dialog', { name: 'Edit your event' })).getByRole('button', { name: 'Save' }));
    expect(events()[0]).not.toHaveProperty('importance');
  });

  it('deletes one of your events only once the user confirms', async () => {
    useUserEventsStore.setState({ events: [mine] });
    const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true);
    setup(<EventDetailActions event={mine} isUser />);
    await userEvent.click(screen.getByRole('button', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit your event' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(confirm).toHaveBeenLastCalledWith('Delete "My own note" (2016-01-06) from your events? This cannot be undone.');
    expect(events()).toHaveLength(1);
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(events()).toEqual([]);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('copies a built-in event into an editable one of yours under a new id', async () => {
    setup(<EventDetailActions event={builtIn} isUser={false} />);
    expect(screen.queryByRole('button', { name: 'Edit' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Copy to your events' }));
    const dialog = await screen.findByRole('dialog', { name: 'Copy to your events' });
    expect(field(dialog, 'Id')).toHaveValue('built-in-one-copy');
    expect(field(dialog, 'Title')).toHaveValue('Fourth nuclear test');
    expect(field(dialog, 'Category')).toHaveValue('provocation');
    await userEvent.type(field(dialog, 'Summary (optional)'), ' My note.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(events()).toEqual([{ ...builtIn, id: 'built-in-one-copy', summary: 'Built in. My note.' }]);
    // A second copy gets the next free id.
    await userEvent.click(screen.getByRole('button', { name: 'Copy to your events' }));
    expect(field(screen.getByRole('dialog'), 'Id')).toHaveValue('built-in-one-copy-2');
  });
});
