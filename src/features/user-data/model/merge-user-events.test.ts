import type { KrwEvent } from '../../events/model/event-schema';
import { withDays } from '../../events/model/filter-events';
import { combineEvents, mergeUserEvents } from './merge-user-events';

const ev = (id: string, date = '2016-01-06', title = `Title ${id}`): KrwEvent => ({
  id, date, timezone: 'Asia/Seoul', category: 'sanction', actor: 'UN', title, summary: 's', source_url: 'https://a.org/',
});

describe('mergeUserEvents', () => {
  it('adds new ids, replaces the user’s own ids in place, skips built-in ids', () => {
    const current = [ev('mine-a'), ev('mine-b')];
    const res = mergeUserEvents(current, [ev('mine-b', '2017-01-01', 'New B'), ev('new-c'), ev('built-in-x')], new Set(['built-in-x']));
    expect(res.events.map((e) => `${e.id}:${e.title}`)).toEqual(['mine-a:Title mine-a', 'mine-b:New B', 'new-c:Title new-c']);
    expect(res.added).toEqual(['new-c']);
    expect(res.replaced).toEqual(['mine-b']);
    expect(res.skippedBuiltIn).toEqual(['built-in-x']);
    expect(current.map((e) => e.title)).toEqual(['Title mine-a', 'Title mine-b']); // not mutated
  });

  it('never drops an event the user had', () => {
    const current = [ev('keep-1'), ev('keep-2'), ev('keep-3')];
    const res = mergeUserEvents(current, [ev('other')], new Set());
    expect(res.events.map((e) => e.id)).toEqual(['keep-1', 'keep-2', 'keep-3', 'other']);
    expect(mergeUserEvents(current, [], new Set()).events).toEqual(current);
  });
});

describe('mergeUserEvents at scale', () => {
  it('re-imports 20,000 events the user has: each reported once as replaced, in file order', () => {
    const mine = Array.from({ length: 20_000 }, (_, i) => ev(`u-${String(i).padStart(5, '0')}`));
    // The file repeats some ids (the importer keeps the first; merge must still report each once).
    const again = [...mine, ...mine.slice(0, 3)].map((e) => ({ ...e, title: 'again' }));
    const res = mergeUserEvents(mine, again, new Set());
    expect(res.added).toEqual([]);
    expect(res.replaced).toEqual(mine.map((e) => e.id));
    expect(res.events.every((e) => e.title === 'again')).toBe(true);
  });
});

describe('combineEvents', () => {
  it('sorts built-in and user events together and knows which are the user’s', () => {
    const builtIn = withDays([ev('b-2010', '2010-03-26'), ev('b-2020', '2020-06-16')]);
    const res = combineEvents(builtIn, [ev('u-2015', '2015-08-20'), ev('u-2025', '2025-11-06')]);
    expect(res.events.map((e) => e.id)).toEqual(['b-2010', 'u-2015', 'b-2020', 'u-2025']);
    expect(res.events[1].day).toBe(withDays([ev('x', '2015-08-20')])[0].day);
    expect([...res.userIds]).toEqual(['u-2015', 'u-2025']);
    expect(res.shadowed).toEqual([]);
  });

  it('lets a built-in event win over a user event with its id and says so', () => {
    const builtIn = withDays([ev('same-id', '2010-03-26', 'Built-in')]);
    const res = combineEvents(builtIn, [ev('same-id', '2011-01-01', 'Mine')]);
    expect(res.events.map((e) => e.title)).toEqual(['Built-in']);
    expect(res.userIds.has('same-id')).toBe(false);
    expect(res.shadowed).toEqual(['same-id']);
  });
});
