import { en } from '../test-english';
import type { EventDraft, DraftContext } from './event-draft';
import { checkDraft, copyId, emptyDraft, type IdOwner } from './event-draft';
import { importDateRange } from './event-fields';

const owners: Record<string, IdOwner> = { 'built-in-one': 'built-in', 'my-event': 'yours' };
const ctx = (editing: string | null = null) => ({ owner: (id: string) => owners[id] ?? null, editing, dateRange: importDateRange('2026-12-02') });
const good = { ...emptyDraft('2016-03-02'), title: 'UN Resolution 2270', category: 'sanction' as const };

/** checkDraft with its messages in English. */
function check(d: EventDraft, c: DraftContext) {
  const r = checkDraft(d, c);
  return 'errors' in r ? { errors: Object.fromEntries(Object.entries(r.errors).map(([k, v]) => [k, en(v)])) } : r;
}

describe('checkDraft', () => {
  it('makes the id from date and title when the field is empty', () => {
    expect(check(good, ctx())).toEqual({
      event: { id: 'un-resolution-2270-2016-03-02-665095', date: '2016-03-02', timezone: 'Asia/Seoul', category: 'sanction', actor: '', title: 'UN Resolution 2270', summary: '', source_url: '' },
    });
  });

  it('gives one message per field, and no id message while date or title are missing', () => {
    expect(check(emptyDraft(), ctx())).toEqual({ errors: { date: 'date is missing', category: 'category is missing', title: 'title is missing' } });
    // The form also says a date is out of range while another field is wrong.
    expect(check({ ...good, date: '2040-01-01', time: '25:00' }, ctx())).toEqual({
      errors: { time: 'time "25:00" is not a time of day as HH:MM (24 h)', date: 'date "2040-01-01" is not between 1900-01-01 and 2031-12-02 (five years from today)' },
    });
    expect(check({ ...good, date: '2040-01-01' }, ctx())).toEqual({
      errors: { date: 'date "2040-01-01" is not between 1900-01-01 and 2031-12-02 (five years from today)' },
    });
  });

  it('refuses an id another event has, but not the one being edited', () => {
    expect(check({ ...good, id: 'built-in-one' }, ctx())).toEqual({ errors: { id: 'id "built-in-one" is already a built-in event' } });
    expect(check({ ...good, id: 'my-event' }, ctx())).toEqual({ errors: { id: 'id "my-event" is already one of your events' } });
    expect(check({ ...good, id: 'my-event' }, ctx('my-event'))).toMatchObject({ event: { id: 'my-event' } });
  });
});

describe('copyId', () => {
  it('is the first free of <id>-copy, <id>-copy-2, … and stays within the id rule', () => {
    expect(copyId('built-in-one', () => false)).toBe('built-in-one-copy');
    const taken = new Set(['built-in-one-copy', 'built-in-one-copy-2']);
    expect(copyId('built-in-one', (id) => taken.has(id))).toBe('built-in-one-copy-3');
    expect(copyId(`a${'-b'.repeat(40)}`, () => false)).toMatch(/^[a-z0-9][a-z0-9-]{2,80}$/);
  });
});

describe('the messages of the checks', () => {
  it('are catalog ids with their values, never sentences', () => {
    const res = checkDraft({ ...good, title: 'UN', id: 'built-in-one' }, ctx());
    expect(res).toEqual({
      errors: {
        title: { id: 'user-data.field.bad.title', values: { value: '"UN"' } },
        id: { id: 'user-data.field.idBuiltIn', values: { id: 'built-in-one' } },
      },
    });
  });
});
