import { en } from '../test-english';
import type { KrwEvent } from '../../events/model/event-schema';
import { readUserEvents, writeUserEvents } from './user-events-storage';

const ev = (i: number, over: Partial<KrwEvent> = {}): KrwEvent => ({
  id: `mine-${i}`, date: '2016-01-06', timezone: 'Asia/Seoul', category: 'sanction', actor: 'UN', title: `Title ${i}`, summary: 's', source_url: 'https://a.org/', ...over,
});
const many = (n: number) => Array.from({ length: n }, (_, i) => ev(i + 1));

/** Where item k (1-based) of a stored text ends: the text of the first k events, less its closing `]}`. */
const itemEnd = (events: KrwEvent[], k: number) => writeUserEvents(events.slice(0, k)).length - 2;

describe('reading damaged stored events (tolerant reader)', () => {
  it('recovers the 811 complete events of a store cut off in the middle of item 812', () => {
    const events = many(1000);
    const full = writeUserEvents(events);
    const cut = full.slice(0, itemEnd(events, 811) + 1 + 25); // "," and 25 characters of item 812
    const read = readUserEvents(cut);
    expect(read.events).toEqual(events.slice(0, 811));
    expect(read.stored).toBe('backup');
    expect(read.recovery).toEqual({ recovered: 811, stop: 'cut-in-item', item: 812 });
    expect(read.problems).toEqual([]);
  });

  it('keeps exactly the items that are complete, wherever the text is cut', () => {
    // Texts with brackets, braces, quotes and backslashes inside strings.
    const events = [
      ev(1, { title: 'Tricky ] } [ { , title' }),
      ev(2, { summary: 'He said "no]" \\\\ then left', tags: ['a]', 'b}'] }),
      ev(3, { title: 'Plain', time: '09:30' }),
      ev(4, { summary: '\\\\"}]' }),
    ];
    const full = writeUserEvents(events);
    const ends = events.map((_, i) => itemEnd(events, i + 1));
    for (let len = 0; len < full.length - 2; len++) {
      const expected = ends.filter((end) => end <= len).length;
      const read = readUserEvents(full.slice(0, len));
      expect(read.events, `cut at ${len}`).toEqual(events.slice(0, expected));
    }
  });

  it('reads a truncated bare array (version 0) the same way', () => {
    const events = many(3);
    const v0 = JSON.stringify(events);
    const cut = v0.slice(0, JSON.stringify(events.slice(0, 2)).length - 1 + 10);
    expect(readUserEvents(cut)).toMatchObject({ events: events.slice(0, 2), recovery: { recovered: 2, stop: 'cut-in-item', item: 3 } });
  });

  it('says where the data stops when it is cut between items or turns to junk', () => {
    const events = many(3);
    const full = writeUserEvents(events);
    expect(readUserEvents(full.slice(0, itemEnd(events, 2) + 1)).recovery).toEqual({ recovered: 2, stop: 'cut-after-item', item: 2 });
    const junk = `${full.slice(0, itemEnd(events, 2))} \\u0000garbage${full.slice(itemEnd(events, 2))}`;
    expect(readUserEvents(junk)).toMatchObject({ events: events.slice(0, 2), recovery: { recovered: 2, stop: 'junk', item: 2 } });
  });

  it('skips a complete item that is not valid JSON and keeps reading after it', () => {
    const text = `{"version":1,"events":[${JSON.stringify(ev(1))},{"id": mine-2},${JSON.stringify(ev(3))},{"id":"mine-4","da`;
    const read = readUserEvents(text);
    expect(read.events).toEqual([ev(1), ev(3)]);
    expect(read.problems.map(en)).toEqual(['Your saved events: item 2 could not be read (damaged data)']);
    expect(read.recovery).toEqual({ recovered: 2, stop: 'cut-in-item', item: 4 });
  });

  it('leaves damaged data from a newer version alone', () => {
    const read = readUserEvents(`{"version":2,"events":[${JSON.stringify(ev(1))},{"id`);
    expect(read.stored).toBe('keep');
    expect(read.events).toEqual([]);
  });
});
