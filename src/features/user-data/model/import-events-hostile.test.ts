import { english } from '../test-english';
import type { KrwEvent } from '../../events/model/event-schema';
import { eventsToCsv, eventsToJson } from './export-events';
import { importEvents } from './import-events';

const HEADER = 'id,date,time,timezone,category,actor,title,summary,source_url,tags';
const row = (id: string, date = '2016-01-06', title = `Test ${id}`) => `${id},${date},,,provocation,DPRK,${title},Summary,https://example.org/${id},`;
const csv = (...rows: string[]) => [HEADER, ...rows].join('\n');
const TODAY = '2026-12-02';
const ev = (id: string, over: Partial<KrwEvent> = {}): KrwEvent => ({
  id, date: '2016-01-06', timezone: 'Asia/Seoul', category: 'sanction', actor: 'UN', title: `Title ${id}`, summary: 's', source_url: 'https://a.org/', ...over,
});

describe('importEvents: how many one import may add', () => {
  it('refuses a file with more valid events than the limit, and adds none of them', () => {
    const res = importEvents(csv(row('a-1'), row('a-2'), row('a-3'), row('bad', '2016-02-30')), 'x.csv', { maxEvents: 2, today: TODAY });
    expect(res.events).toEqual([]);
    expect(res.tooMany).toEqual({ count: 3, limit: 2 });
    // The bad line is still reported.
    expect(res.problems.map((p) => p.line)).toEqual([5]);
  });

  it('takes a file with exactly the limit', () => {
    const res = importEvents(csv(row('a-1'), row('a-2')), 'x.csv', { maxEvents: 2, today: TODAY });
    expect(res.events).toHaveLength(2);
    expect(res.tooMany).toBeUndefined();
  });

  it('is 50,000 events by default: 50,001 valid events on one day are refused', () => {
    const items = Array.from({ length: 50_001 }, (_, i) => ({
      id: `same-day-${i}`, date: '2016-01-06', category: 'provocation', actor: 'DPRK', title: `Event ${i}`, summary: 's', source_url: 'https://a.org/',
    }));
    const res = importEvents(JSON.stringify(items), 'many.json', { today: TODAY });
    expect(res.tooMany).toEqual({ count: 50_001, limit: 50_000 });
    expect(res.events).toEqual([]);
  }, 30_000); // 50,001 events checked: ~1 s alone, 5 s with the whole suite on the shared machine
});

describe('importEvents: characters XML does not allow', () => {
  it('removes U+0000, U+0007, U+000B and U+FFFE from the text, keeps the event and reports it by line', () => {
    const res = importEvents(
      csv(row('clean-one'), row('bell-title', '2016-01-06', 'Bell\u0007 and nul\u0000 title'), row('odd-summary').replace('Summary', 'Sum\u000Bmary\uFFFE')),
      'x.csv',
      { today: TODAY },
    );
    expect(res.events.map((e) => [e.id, e.title, e.summary])).toEqual([
      ['clean-one', 'Test clean-one', 'Summary'],
      ['bell-title', 'Bell and nul title', 'Summary'],
      ['odd-summary', 'Test odd-summary', 'Summary'],
    ]);
    expect(english(res.problems)).toEqual([
      { line: 3, message: 'title had 2 control characters; removed', skipped: false },
      { line: 4, message: 'summary had 2 characters not allowed in text; removed', skipped: false },
    ]);
  });

  it('names the JSON item and cleans tags too; TAB and line breaks stay', () => {
    const json = JSON.stringify([{ ...ev('tagged'), title: 'Two\nlines\tok', tags: ['a\u0001b', 'c'] }]);
    const res = importEvents(json, 'x.json', { today: TODAY });
    expect(res.events[0].title).toBe('Two\nlines\tok');
    expect(res.events[0].tags).toEqual(['ab', 'c']);
    expect(english(res.problems)).toEqual([{ line: null, message: 'item 1 (id tagged): tags had 1 control character; removed', skipped: false }]);
  });
});

describe('importEvents: dates from 1900 to five years from today', () => {
  it('keeps 1900-01-01 … today + 5 years and reports the rest by line', () => {
    const res = importEvents(
      csv(row('too-old', '1899-12-31'), row('first-day', '1900-01-01'), row('last-day', '2031-12-02'), row('too-late', '2031-12-03'), row('far-future', '9999-01-01')),
      'x.csv',
      { today: TODAY },
    );
    expect(res.events.map((e) => e.id)).toEqual(['first-day', 'last-day']);
    expect(english(res.problems)).toEqual([
      { line: 2, message: 'date "1899-12-31" is not between 1900-01-01 and 2031-12-02 (five years from today)', skipped: true },
      { line: 5, message: 'date "2031-12-03" is not between 1900-01-01 and 2031-12-02 (five years from today)', skipped: true },
      { line: 6, message: 'date "9999-01-01" is not between 1900-01-01 and 2031-12-02 (five years from today)', skipped: true },
    ]);
  });

  it('follows the clock it is given', () => {
    const file = csv(row('in-2035', '2035-06-01'));
    expect(importEvents(file, 'x.csv', { today: '2026-12-02' }).events).toEqual([]);
    expect(importEvents(file, 'x.csv', { today: '2030-06-01' }).events.map((e) => e.id)).toEqual(['in-2035']);
  });
});

describe('importEvents: a re-imported export', () => {
  const builtIns = new Map([ev('built-in-a'), ev('built-in-b', { time: '09:30', tags: ['x', 'y'] }), ev('built-in-c')].map((e) => [e.id, e]));
  const mine = ev('mine-1', { title: 'Mine' });

  for (const [format, text] of [
    ['CSV', eventsToCsv([...builtIns.values(), mine])],
    ['JSON', eventsToJson([...builtIns.values(), mine])],
  ] as const) {
    it(`counts built-in events that are unchanged as present, not as problems (${format})`, () => {
      const res = importEvents(text, `export.${format.toLowerCase()}`, { builtIns, today: TODAY });
      expect(res.events.map((e) => e.id)).toEqual(['mine-1']);
      expect(res.builtInPresent).toBe(3);
      expect(english(res.problems)).toEqual([]);
    });
  }

  it('still skips and reports a built-in id whose content differs', () => {
    const text = eventsToCsv([ev('built-in-a'), ev('built-in-b', { time: '09:30', tags: ['x'] }), ev('built-in-c', { title: 'Changed' })]);
    const res = importEvents(text, 'export.csv', { builtIns, today: TODAY });
    expect(res.events).toEqual([]);
    expect(res.builtInPresent).toBe(1);
    expect(english(res.problems)).toEqual([
      { line: 3, message: 'id "built-in-b" is already a built-in event; skipped', skipped: true },
      { line: 4, message: 'id "built-in-c" is already a built-in event; skipped', skipped: true },
    ]);
  });
});

describe('importEvents: a JSON syntax error', () => {
  it('names its line and column, and what was expected there', () => {
    // Line 3 is `  {"id": "b",}`: the } is its 14th character.
    const res = importEvents('[\n  {"id": "a"},\n  {"id": "b",}\n]', 'x.json', { today: TODAY });
    expect(english(res.problems)).toEqual([
      { line: 3, message: 'not valid JSON at column 14 (expected a field name in double quotes, found "}"); no event was read', skipped: false },
    ]);
  });
});
