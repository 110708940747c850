import { en } from '../test-english';
import fc from 'fast-check';
import { eventSchema, type KrwEvent } from '../../events/model/event-schema';
import { checkEvent } from './event-fields';
import { storedEvent } from './stored-event-check';
import { readUserEvents, writeUserEvents } from './user-events-storage';

const ev = (id: string, over: Partial<KrwEvent> = {}): KrwEvent => ({
  id, date: '2016-01-06', timezone: 'Asia/Seoul', category: 'sanction', actor: 'UN', title: `Title ${id}`, summary: 's', source_url: 'https://a.org/', ...over,
});

/** Per field: values that pass as stored (undefined: the field is left out), then values near the rules' edges. */
const VALUES: Record<string, [unknown[], unknown[]]> = {
  id: [['ab1', 'a-b-c', 'a'.repeat(81)], ['ab', 'AB1', '-ab', ' ab1', 'ab1 ', 'a'.repeat(82), 'ab\u0000c', 7, null, undefined]],
  date: [['2016-01-06', '2016-02-29'], ['2015-02-29', '2016-13-01', ' 2016-01-06', '2016-1-6', '', 20160106, undefined]],
  time: [['09:00', '23:59', undefined], ['24:00', '9:00', '', ' 09:00', null, 900]],
  timezone: [['Asia/Seoul', 'UTC', undefined], ['Mars/Base', '', ' UTC', null, 9]],
  category: [['sanction', 'market-shock'], ['Sanction', 'other', ' sanction', '', undefined]],
  actor: [['UN', 'x', 'Seoul café'], ['', ' ', ' UN', 'U\u0007N', '\uD800', 5, undefined]],
  title: [['abc', 'ab\u{1F600}', 'a b\tc'], ['ab', '\u{1F600}a', 'a\uFFFEbc', 'abc\t', '', undefined]],
  title_ko: [['한국', '\u{1F600}', undefined], ['', ' 한', '한\u0000', 5, null]],
  summary_ko: [['요약', undefined], ['', '요약 ', ['요약']]],
  summary: [['s', 'line\nbreak'], ['', '  s', ['s'], undefined]],
  source_url: [['https://a.org/', 'http://x.kr/p?q=1'], ['javascript:alert(1)', 'ftp://a.org/', 'a.org', 'https://', ' https://a.org/', 'https://a b.org/', undefined]],
  tags: [[['x'], ['x', 'y z'], undefined], [[], [''], [' x'], ['x', 3], 'x;y', 'x', null]],
  importance: [[1, 2, 3, undefined], [0, 4, 1.5, '2', null]],
  day: [[16806, undefined], []],
};

const field = ([good, bad]: [unknown[], unknown[]]) =>
  bad.length ? fc.oneof({ arbitrary: fc.constantFrom(...good), weight: 12 }, { arbitrary: fc.constantFrom(...bad), weight: 1 }) : fc.constantFrom(...good);
const entry = fc.record(Object.fromEntries(Object.entries(VALUES).map(([k, vs]) => [k, field(vs)]))).map((r) => {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(r)) if (v !== undefined) out[k] = v;
  return out;
});

describe('the fast check of stored events', () => {
  it('accepts only entries that checkEvent accepts unchanged, and gives the same event', () => {
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(entry, (raw) => {
        const fast = storedEvent(raw);
        const full = checkEvent(raw);
        if (fast === null) {
          refused++;
          return;
        }
        accepted++;
        expect(full).toHaveProperty('event');
        if (!('event' in full)) return;
        expect(fast).toStrictEqual(full.event);
        expect(JSON.stringify(fast)).toBe(JSON.stringify(full.event));
        expect(full.cleaned).toEqual([]);
      }),
      { numRuns: 3000 },
    );
    // Both sides were tried.
    expect(accepted).toBeGreaterThan(300);
    expect(refused).toBeGreaterThan(300);
  });

  it('accepts what the app writes', () => {
    const events = [ev('a-1'), ev('a-2', { time: '09:00', timezone: 'Europe/Berlin', tags: ['x', 'y'], importance: 3 })];
    for (const e of JSON.parse(writeUserEvents(events)).events) expect(storedEvent(e)).toStrictEqual(e);
    const noZone: Record<string, unknown> = { ...ev('a-3') };
    delete noZone.timezone;
    expect(storedEvent(noZone)).toStrictEqual(ev('a-3'));
  });

  it('accepts an event of the minimal import (no actor, summary or link), as checkEvent does', () => {
    const minimal = ev('a-4', { actor: '', summary: '', source_url: '' });
    const [stored] = JSON.parse(writeUserEvents([minimal])).events;
    const full = checkEvent(stored);
    expect('event' in full && full.event).toStrictEqual(minimal);
    expect(storedEvent(stored)).toStrictEqual(minimal);
  });

  it('reads the events the app stored without the schema, and checks each distinct link once', () => {
    const text = writeUserEvents(Array.from({ length: 1000 }, (_, i) => ev(`u-${i}`, { source_url: `https://e.org/${i % 3}` })));
    const parse = vi.spyOn(eventSchema(), 'safeParse');
    const Url = globalThis.URL;
    let urls = 0;
    globalThis.URL = class extends Url {
      constructor(...args: ConstructorParameters<typeof URL>) {
        urls++;
        super(...args);
      }
    };
    try {
      const read = readUserEvents(text);
      expect(read.events).toHaveLength(1000);
      expect(read.problems.map(en)).toEqual([]);
      expect(parse).not.toHaveBeenCalled();
      expect(urls).toBeLessThanOrEqual(3);
    } finally {
      parse.mockRestore();
      globalThis.URL = Url;
    }
  });

  it('still checks a damaged entry with the schema and names what is wrong', () => {
    const text = JSON.stringify({ version: 1, events: [ev('good'), { ...ev('bad'), date: '2016-02-30' }, { ...ev('spaced'), actor: '  UN ' }] });
    const read = readUserEvents(text);
    expect(read.events).toEqual([ev('good'), ev('spaced')]);
    expect(read.problems.map(en)).toEqual(['Your saved events: item 2 could not be read (date "2016-02-30" is not a real date (YYYY-MM-DD))']);
  });
});
