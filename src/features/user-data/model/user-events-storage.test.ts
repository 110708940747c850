import { en } from '../test-english';
import { msg } from '../../../i18n/message';
import type { KrwEvent } from '../../events/model/event-schema';
import { migrate, readUserEvents, USER_EVENTS_VERSION, writeUserEvents } from './user-events-storage';

const ev = (id: string, over: Partial<KrwEvent> = {}): KrwEvent => ({
  id, date: '2016-01-06', timezone: 'Asia/Seoul', category: 'sanction', actor: 'UN', title: `Title ${id}`, summary: 's', source_url: 'https://a.org/', ...over,
});

describe('user events storage', () => {
  it('writes the current version and reads it back', () => {
    const text = writeUserEvents([ev('a-1', { tags: ['x'] }), ev('a-2', { time: '09:00' })]);
    expect(JSON.parse(text)).toMatchObject({ version: USER_EVENTS_VERSION });
    expect(readUserEvents(text)).toEqual({ events: [ev('a-1', { tags: ['x'] }), ev('a-2', { time: '09:00' })], problems: [], stored: 'none' });
  });

  it('stores only the SPEC fields', () => {
    const withDay = { ...ev('a-1'), day: 16806 } as KrwEvent;
    expect(JSON.parse(writeUserEvents([withDay])).events[0]).not.toHaveProperty('day');
  });

  it('reads nothing stored as no events and no problem', () => {
    expect(readUserEvents(null)).toEqual({ events: [], problems: [], stored: 'none' });
  });

  it('migrates version 0 (a bare array) to the current version', () => {
    const v0 = JSON.stringify([ev('old-one'), { ...ev('old-two'), timezone: undefined }]);
    const read = readUserEvents(v0);
    expect(read).toEqual({ events: [ev('old-one'), ev('old-two')], problems: [], stored: 'none' });
    expect(JSON.parse(writeUserEvents(read.events))).toEqual({ version: 1, events: [ev('old-one'), ev('old-two')] });
  });

  it('keeps the good entries, reports the bad ones and asks for a backup', () => {
    const read = migrate({ version: 1, events: [ev('good'), { ...ev('bad'), source_url: 'javascript:alert(1)' }, ev('good'), 7] });
    expect(read.events).toEqual([ev('good')]);
    expect(read.stored).toBe('backup');
    expect(read.recovery).toEqual({ recovered: 1, stop: 'bad-items', item: 3 });
    expect(read.problems.map(en)).toEqual([
      'Your saved events: item 2 could not be read (source_url "javascript:alert(1)" is not an http or https link)',
      'Your saved events: item 3 repeats the id good; the first one is used',
      'Your saved events: item 4 could not be read (not an object with event fields)',
    ]);
  });

  it('reports damaged JSON without throwing', () => {
    const read = readUserEvents('{"version":1,"events":[');
    expect(read).toEqual({
      events: [], problems: [msg('user-data.stored.unreadable')], stored: 'backup', recovery: { recovered: 0, stop: 'cut-after-item', item: 0 },
    });
    expect(readUserEvents('not json at all')).toMatchObject({ events: [], stored: 'backup', recovery: { recovered: 0, stop: 'unreadable' } });
  });

  it('reports an unknown shape', () => {
    expect(migrate({ hello: 'world' })).toMatchObject({ events: [], stored: 'backup' });
    expect(migrate('text')).toMatchObject({ events: [], stored: 'backup' });
  });

  it('refuses a newer version and asks to leave it untouched', () => {
    const read = readUserEvents(JSON.stringify({ version: 2, events: [ev('future')], extra: true }));
    expect(read.events).toEqual([]);
    expect(read.stored).toBe('keep');
    expect(en(read.problems[0])).toMatch(/newer version of KRW Event Lens \(format 2\); they are left as they are/);
  });
});
