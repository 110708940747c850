import { en, english } from '../test-english';
import { importEvents } from './import-events';
import { importReport } from './import-report';
import { mergeUserEvents } from './merge-user-events';

const HEADER = 'id,date,time,timezone,category,actor,title,summary,source_url,tags';
const row = (id: string, date = '2016-01-06', extra = '') =>
  `${id},${date},,,provocation,DPRK,Test ${id},Summary of ${id},https://example.org/${id},${extra}`;

describe('importEvents: CSV', () => {
  it('keeps the good rows and names each bad line', () => {
    const csv = [
      HEADER, // 1
      row('good-one'), // 2
      row('bad-date', '2016-02-30'), // 3
      'bad-url,2016-03-02,,,sanction,UN,Bad link,s,javascript:alert(1),', // 4
      row('good-two', '2017-09-03', 'nuclear; test'), // 5
      'bad-cat,2016-03-02,,,weather,UN,Wrong category,s,https://a.org/,', // 6
    ].join('\n');
    const { events, problems, format } = importEvents(csv, 'my.csv');
    expect(format).toBe('csv');
    expect(events.map((e) => e.id)).toEqual(['good-one', 'good-two']);
    expect(events[1].tags).toEqual(['nuclear', 'test']);
    expect(events[0].time).toBeUndefined();
    expect(events[0].timezone).toBe('Asia/Seoul');
    expect(events[0].tags).toBeUndefined();
    expect(english(problems)).toEqual([
      { line: 3, message: 'date "2016-02-30" is not a real date (YYYY-MM-DD)', skipped: true },
      { line: 4, message: 'source_url "javascript:alert(1)" is not an http or https link', skipped: true },
      { line: 6, message: expect.stringMatching(/^category "weather" is not one of sanction, provocation/), skipped: true },
    ]);
  });

  it('reads columns in any order, with spaces, case and a BOM, and | separated tags', () => {
    const csv = '\uFEFFTitle, ID ,Date,Category,Actor,Summary,Source_URL,Tags,Time,Timezone\r\n' +
      'Seoul review,seoul-review,2025-11-06,sanction,South Korea,"Seoul said it could review, again.",https://a.kr/x,a|b,09:30,Asia/Seoul\r\n';
    const { events, problems } = importEvents(csv, 'x.csv');
    expect(english(problems)).toEqual([]);
    expect(events).toEqual([
      {
        id: 'seoul-review', date: '2025-11-06', time: '09:30', timezone: 'Asia/Seoul', category: 'sanction', actor: 'South Korea',
        title: 'Seoul review', summary: 'Seoul said it could review, again.', source_url: 'https://a.kr/x', tags: ['a', 'b'],
      },
    ]);
  });

  it('gives later rows their physical line after a quoted newline', () => {
    const csv = `${HEADER}\n${row('multi-line').replace('Summary of multi-line', '"two\nlines"')}\n${row('after', '2016-13-01')}\n`;
    const { events, problems } = importEvents(csv, 'x.csv');
    expect(events[0].summary).toBe('two\nlines');
    expect(english(problems)).toEqual([{ line: 4, message: 'date "2016-13-01" is not a real date (YYYY-MM-DD)', skipped: true }]);
  });

  it('says which required columns are missing, once, and reads nothing', () => {
    const { events, problems } = importEvents('id,summary,category\nx-1,Some text,sanction\n', 'x.csv');
    expect(events).toEqual([]);
    expect(english(problems)).toHaveLength(1);
    expect(problems[0].line).toBe(1);
    expect(en(problems[0].message)).toMatch(/lacks the columns date, title; no event was read \(needed: date, title; optional: id, time/);
    expect(en(importEvents('date,summary\n2016-01-01,x\n', 'x.csv').problems[0].message)).toMatch(/lacks the column title;/);
  });

  it('reports unknown columns once and ignores them', () => {
    const csv = `${HEADER},notes,\n${row('a-1')},n1,\n${row('a-2')},n2,\n`;
    const { events, problems } = importEvents(csv, 'x.csv');
    expect(events).toHaveLength(2);
    expect(english(problems)).toEqual([{ line: 1, message: 'unknown columns "notes", "(column 12, no name)" ignored', skipped: false }]);
  });

  it('reports rows with the wrong number of fields, repeated ids, missing values and broken quotes', () => {
    const csv = [
      HEADER,
      row('dup-id'),
      row('dup-id', '2017-01-01'),
      'short,2016-01-01,,,sanction,UN,Title,s,https://a.org/',
      'no-title,2016-01-01,,,sanction,UN,,s,https://a.org/,',
      '"x"y,2016-01-01,,,sanction,UN,Title,s,https://a.org/,',
      'late,2016-01-01,25:00,Mars/Base,sanction,UN,Title,s,https://a.org/,',
      row('open-quote').replace('Test open-quote', '"never closed'),
      row('after-quote'),
    ].join('\n');
    const { events, problems } = importEvents(csv, 'x.csv');
    expect(events.map((e) => e.id)).toEqual(['dup-id', 'after-quote']);
    expect(problems.map((p) => `${p.line}: ${en((p.message))}`)).toEqual([
      expect.stringMatching(/^8: a quoted field opens here but its closing double quote is missing/),
      '3: id "dup-id" appears again (first on line 2); skipped',
      expect.stringMatching(/^4: has 9 fields but the header has 10/),
      '5: title is missing',
      expect.stringMatching(/^6: field 1 has text after its closing double quote/),
      '7: time "25:00" is not a time of day as HH:MM (24 h) and timezone "Mars/Base" is not an IANA time zone such as Asia/Seoul',
    ]);
  });

  it('skips built-in ids with their line', () => {
    const csv = `${HEADER}\n${row('builtin-one')}\n${row('mine')}\n`;
    const builtIn = { ...importEvents(`${HEADER}\n${row('builtin-one')}`, 'b.csv').events[0], title: 'The built-in title' };
    const { events, problems } = importEvents(csv, 'x.csv', { builtIns: new Map([['builtin-one', builtIn]]) });
    expect(events.map((e) => e.id)).toEqual(['mine']);
    expect(english(problems)).toEqual([{ line: 2, message: 'id "builtin-one" is already a built-in event; skipped', skipped: true }]);
  });

  it('undoes the spreadsheet formula guard', () => {
    const csv = `${HEADER}\n${row('guarded').replace('Test guarded', "'=SUM(A1)").replace('DPRK', "'-DPRK")}\n`;
    const { events } = importEvents(csv, 'x.csv');
    expect(events[0].title).toBe('=SUM(A1)');
    expect(events[0].actor).toBe('-DPRK');
  });

  it('says so for an empty file', () => {
    expect(english(importEvents('  \n', 'x.csv').problems)).toEqual([{ line: null, message: 'the file is empty', skipped: false }]);
  });
});

const item = (id: string, over: Record<string, unknown> = {}) => ({
  id, date: '2016-01-06', category: 'sanction', actor: 'UN', title: `Title ${id}`, summary: 's', source_url: 'https://a.org/', ...over,
});

describe('importEvents: JSON', () => {
  it('reads a bare array and names bad items by number and id', () => {
    const json = JSON.stringify([item('ok-one'), item('bad-one', { date: '2016-02-30' }), 'nope', item('ok-two', { tags: 'x; y', time: '' })]);
    const { events, problems, format } = importEvents(json, 'events.txt');
    expect(format).toBe('json');
    expect(events.map((e) => e.id)).toEqual(['ok-one', 'ok-two']);
    expect(events[1].tags).toEqual(['x', 'y']);
    expect(events[1].time).toBeUndefined();
    expect(english(problems)).toEqual([
      { line: null, message: 'item 2 (id bad-one): date "2016-02-30" is not a real date (YYYY-MM-DD)', skipped: true },
      { line: null, message: 'item 3: not an object with event fields; skipped', skipped: true },
    ]);
  });

  it('reads {events: [...]} and reports unknown fields once', () => {
    const json = JSON.stringify({ version: 1, events: [item('a-1', { note: 1 }), item('a-2', { note: 2, day: 5 })] });
    const { events, problems } = importEvents(json, 'x.json');
    expect(events.map((e) => e.id)).toEqual(['a-1', 'a-2']);
    expect(events[0]).not.toHaveProperty('note');
    expect(english(problems)).toEqual([{ line: null, message: 'unknown fields "note", "day" ignored', skipped: false }]);
  });

  it('rejects a javascript: link and a number where text belongs', () => {
    const json = JSON.stringify([item('x-link', { source_url: 'javascript:alert(1)' }), item('x-num', { title: 42 })]);
    expect(importEvents(json, 'x.json').problems.map((p) => en((p.message)))).toEqual([
      'item 1 (id x-link): source_url "javascript:alert(1)" is not an http or https link',
      'item 2 (id x-num): title must be text, not "42"',
    ]);
  });

  it('gives the line of a JSON syntax error', () => {
    const { events, problems } = importEvents('[\n  {"id": "a"},\n  {"id": "b",}\n]', 'x.json');
    expect(events).toEqual([]);
    expect(english(problems)).toEqual([{ line: 3, message: expect.stringMatching(/^not valid JSON .*no event was read$/), skipped: false }]);
  });

  it('puts a JSON text that stops early on its last line', () => {
    expect(importEvents('[\n  {"id": "a"},\n  {"id": \n\n', 'x.json').problems[0].line).toBe(3);
  });

  it('refuses JSON of another shape', () => {
    expect(en(importEvents('{"items": []}', 'x.json').problems[0].message)).toMatch(/expected a JSON array of events/);
  });
});

describe('importReport', () => {
  it('says how many were imported, which lines were skipped and what else was noted', () => {
    const csv = `${HEADER},notes\n${row('a-1')},\n${row('a-2', '2016-02-30')},\n${row('a-3')},\n`;
    const result = importEvents(csv, 'my.csv');
    const merge = mergeUserEvents([item('a-3') as never], result.events, new Set());
    expect(importReport('my.csv', result, merge, { tr: en })).toEqual([
      'Imported 2 events from my.csv (it replaced your earlier version: a-3); 1 line skipped: line 3: date "2016-02-30" is not a real date (YYYY-MM-DD)',
      'my.csv: line 1: unknown column "notes" ignored',
    ]);
  });

  it('lists at most eight problems', () => {
    // Short problems ("title is missing"), so that eight of them fit in one notice.
    const rows = Array.from({ length: 11 }, (_, i) => row(`bad-${i}`).replace(`Test bad-${i}`, ''));
    const result = importEvents([HEADER, ...rows].join('\n'), 'x.csv');
    const [line] = importReport('x.csv', result, mergeUserEvents([], result.events, new Set()), { tr: en });
    expect(line).toMatch(/^No event imported from x\.csv; 11 lines skipped: line 2: .*; line 9: [^;]*; … and 3 more$/);
  });
});

describe('importEvents: importance (optional)', () => {
  it('reads an importance column of 1, 2 or 3, leaves an empty one unrated and names a bad one', () => {
    const csv = [
      `${HEADER},importance`,
      `${row('rated-major')},3`,
      `${row('left-unrated')},`,
      `${row('bad-level')},4`,
      `${row('bad-word')},high`,
    ].join('\n');
    const { events, problems } = importEvents(csv, 'x.csv');
    expect(events.map((e) => [e.id, e.importance])).toEqual([['rated-major', 3], ['left-unrated', undefined]]);
    expect(english(problems)).toEqual([
      { line: 4, message: 'importance "4" is not an importance of 1, 2 or 3', skipped: true },
      { line: 5, message: 'importance "high" is not an importance of 1, 2 or 3', skipped: true },
    ]);
  });

  it('reads importance from JSON as a number and refuses other values', () => {
    const json = JSON.stringify([
      { id: 'json-rated', date: '2016-01-06', category: 'sanction', actor: 'A', title: 'Rated', summary: 's', source_url: 'https://a.org/', importance: 2 },
      { id: 'json-bad', date: '2016-01-06', category: 'sanction', actor: 'A', title: 'Bad', summary: 's', source_url: 'https://a.org/', importance: 5 },
    ]);
    const { events, problems } = importEvents(json, 'x.json');
    expect(events.map((e) => e.importance)).toEqual([2]);
    expect(problems.map((p) => en((p.message)))).toEqual(['item 2 (id json-bad): importance "5" is not an importance of 1, 2 or 3']);
  });
});
