import { en } from '../test-english';
import type { KrwEvent } from '../../events/model/event-schema';
import { eventsToCsv } from './export-events';
import { importEvents, type ImportResult } from './import-events';
import { allProblems, importReport, importReportCsv } from './import-report';
import { mergeUserEvents } from './merge-user-events';

const HEADER = 'id,date,time,timezone,category,actor,title,summary,source_url,tags';
const row = (id: string, date = '2016-01-06', title = `Test ${id}`) => `${id},${date},,,provocation,DPRK,${title},Summary,https://example.org/${id},`;
const TODAY = '2026-12-02';
const ev = (id: string, over: Partial<KrwEvent> = {}): KrwEvent => ({
  id, date: '2016-01-06', timezone: 'Asia/Seoul', category: 'sanction', actor: 'UN', title: `Title ${id}`, summary: 's', source_url: 'https://a.org/', ...over,
});
const report = (result: ImportResult, name = 'x.csv', ctx = {}) => importReport(name, result, mergeUserEvents([], result.events, new Set()), { tr: en, ...ctx });

describe('importReport', () => {
  it('calls unchanged built-in events of a re-imported export a note, not skipped lines', () => {
    const builtIns = new Map(Array.from({ length: 120 }, (_, i) => ev(`built-in-${i}`)).map((e) => [e.id, e]));
    const text = eventsToCsv([...builtIns.values(), ev('mine-1')]);
    const result = importEvents(text, 'krw-events.csv', { builtIns, today: TODAY });
    expect(report(result, 'krw-events.csv')).toEqual(['Imported 1 event from krw-events.csv; 120 built-in events already present']);
  });

  it('says how many events a refused file holds and the limit', () => {
    const rows = [row('a-1'), row('a-2'), row('a-3')];
    const result = importEvents([HEADER, ...rows].join('\n'), 'big.csv', { maxEvents: 2, today: TODAY });
    expect(report(result, 'big.csv')).toEqual([
      'No event imported from big.csv: it holds 3 valid events, more than the 2 one import may add; nothing was added (split it into smaller files)',
    ]);
  });

  it('says which encoding a file that is not UTF-8 was read in', () => {
    const result = importEvents([HEADER, row('cafe-one', '2016-01-06', 'Café')].join('\n'), 'latin.csv', { today: TODAY });
    expect(report(result, 'latin.csv', { encoding: 'windows-1252' })).toEqual(['Imported 1 event from latin.csv (read as Windows-1252, not UTF-8)']);
    expect(report(result, 'latin.csv', { encoding: 'utf-8' })).toEqual(['Imported 1 event from latin.csv']);
  });

  it('shows a single long problem in full (a JSON syntax error with its line and column)', () => {
    const result = importEvents('[\n  {"id": "a"},\n  {"id": "b",}\n]', 'broken.json', { today: TODAY });
    expect(report(result, 'broken.json')).toEqual([
      'No event imported from broken.json',
      'broken.json: line 3: not valid JSON at column 14 (expected a field name in double quotes, found "}"); no event was read',
    ]);
  });

  it('keeps each notice line within about 300 characters however long the problems are', () => {
    const long = 'x'.repeat(400);
    const rows = Array.from({ length: 30 }, (_, i) => row(`bad-${i}`, '2016-02-30', `Bell\u0007${long}`).replace(`bad-${i},2016-02-30`, `bad-${i},2016-02-30${long}`));
    const cleaned = Array.from({ length: 30 }, (_, i) => row(`ctl-${i}`, '2016-01-06', `Bell\u0007 ${i}`));
    const result = importEvents([HEADER, ...rows, ...cleaned].join('\n'), 'long.csv', { today: TODAY });
    const lines = report(result, 'long.csv');
    expect(lines).toHaveLength(2);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(310);
    expect(lines[0]).toMatch(/^Imported 30 events from long\.csv; 30 lines skipped: line 2: date ".*…" is not a real date.*; … and \d+ more$/);
    expect(lines[1]).toMatch(/^long\.csv: line 32: title had 1 control character; removed; .*; … and \d+ more$/);
  });
});

describe('importReportCsv and allProblems', () => {
  it('name every problem and its line, past the eighth', () => {
    const rows = Array.from({ length: 12 }, (_, i) => row(`bad-${i}`, '2016-02-30'));
    const result = importEvents([`${HEADER},notes`, ...rows.map((r) => `${r},n`)].join('\n'), 'x.csv', { today: TODAY });
    const merge = mergeUserEvents([], result.events, new Set());
    expect(allProblems(result, merge).map((p) => p.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 1]);
    const lines = importReportCsv(result, merge, en).split('\n');
    expect(lines[0]).toBe('line,status,problem');
    expect(lines[1]).toBe('2,skipped,"date ""2016-02-30"" is not a real date (YYYY-MM-DD)"');
    expect(lines[12]).toBe('13,skipped,"date ""2016-02-30"" is not a real date (YYYY-MM-DD)"');
    expect(lines[13]).toBe('1,note,"unknown column ""notes"" ignored"');
    expect(lines[14]).toBe('');
    expect(lines).toHaveLength(15);
  });
});
