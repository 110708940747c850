import { parseSeriesCsv, type SeriesParseResult } from './series-csv';

// Expected instants are worked out by hand and checked with GNU date, e.g.
// `date -u -d '2024-03-04T10:30:00+09:00' +%s%3N` → 1709515800000.
const rows = (r: SeriesParseResult) => [...r.instants].map((t, i) => [t, r.values[i]]);

describe('parseSeriesCsv: times', () => {
  it('reads ISO 8601 instants with an offset or Z', () => {
    const r = parseSeriesCsv(
      'timestamp,value\n2024-03-04T10:30:00+09:00,1330.5\n2024-03-04T01:31:00Z,1331\n2024-06-30T12:00:00-0530,1300\n2024-01-02T09:00:00.250Z,1290.25\n',
    );
    expect(r.fileIssue).toBeNull();
    expect(r.issues).toEqual([]);
    expect(rows(r)).toEqual([
      [1704186000250, 1290.25],
      [1709515800000, 1330.5],
      [1709515860000, 1331],
      [1719768600000, 1300],
    ]);
    expect(r.timeKinds).toEqual({ offset: 4, local: 0, dateOnly: 0 });
    expect(r.outOfOrder).toBe(true);
    expect(r.resolution).toBe('intraday');
    expect(r.range).toEqual({ first: 1704186000250, last: 1719768600000 });
  });

  it('reads local date-times in Asia/Seoul (UTC+9, no daylight saving)', () => {
    const r = parseSeriesCsv('datetime,close\n2024-03-04 09:00,1330\n2024-03-04T09:01:00,1331\n', { timeZone: 'Asia/Seoul' });
    expect(rows(r)).toEqual([
      [1709510400000, 1330],
      [1709510460000, 1331],
    ]);
    expect(r.timeKinds.local).toBe(2);
    expect(r.outOfOrder).toBe(false);
  });

  it('reads local times in America/New_York across the spring change: the skipped hour is a bad line', () => {
    const text = 'time,price\n2024-03-10 01:30,1\n2024-03-10 02:30,2\n2024-03-10 03:30,3\n';
    const r = parseSeriesCsv(text, { timeZone: 'America/New_York' });
    // 01:30 EST = 06:30Z; 03:30 EDT = 07:30Z; 02:30 never happens that day.
    expect(rows(r)).toEqual([
      [1710052200000, 1],
      [1710055800000, 3],
    ]);
    expect(r.issues).toEqual([{ line: 3, code: 'time.not-in-zone', value: '2024-03-10 02:30', zone: 'America/New_York' }]);
  });

  it('reads a repeated autumn hour in New York as its first occurrence (EDT)', () => {
    const r = parseSeriesCsv('time,price\n2024-11-03 01:30,5\n', { timeZone: 'America/New_York' });
    expect(rows(r)).toEqual([[1730611800000, 5]]);
  });

  it('gives date-only rows the fix time in the zone: default 23:59 Seoul, or 16:00 New York either side of DST', () => {
    const seoul = parseSeriesCsv('date,value\n2024-01-02,1300\n2024-01-03,1301\n');
    expect(rows(seoul)).toEqual([
      [1704207540000, 1300],
      [1704293940000, 1301],
    ]);
    expect(seoul.resolution).toBe('daily');
    expect(seoul.timeKinds.dateOnly).toBe(2);
    const ny = parseSeriesCsv('date,value\n2024-03-08,1\n2024-03-11,2\n', { timeZone: 'America/New_York', fixTime: '16:00' });
    expect(rows(ny)).toEqual([
      [1709931600000, 1],
      [1710187200000, 2],
    ]);
  });

  it('reports dates that do not exist and times it cannot read', () => {
    const r = parseSeriesCsv('date,value\n2023-02-29,1\n2024-13-01,1\n2024-01-02T24:00Z,1\nyesterday,1\n,1\n2024-01-02T10:00+25:00,1\n2024-01-05,1\n');
    expect(r.issues).toEqual([
      { line: 2, code: 'time.not-a-date', value: '2023-02-29' },
      { line: 3, code: 'time.not-a-date', value: '2024-13-01' },
      { line: 4, code: 'time.not-a-date', value: '2024-01-02T24:00Z' },
      { line: 5, code: 'time.invalid', value: 'yesterday' },
      { line: 6, code: 'time.empty' },
      { line: 7, code: 'time.invalid', value: '2024-01-02T10:00+25:00' },
    ]);
    expect(r.count).toBe(1);
  });

  it('refuses an unknown zone or fix time as a problem of the whole file', () => {
    expect(parseSeriesCsv('date,value\n2024-01-02,1\n', { timeZone: 'Mars/Olympus' }).fileIssue).toEqual({ code: 'options.bad-zone', zone: 'Mars/Olympus' });
    expect(parseSeriesCsv('date,value\n2024-01-02,1\n', { fixTime: '25:00' }).fileIssue).toEqual({ code: 'options.bad-fix-time', fixTime: '25:00' });
  });
});

describe('parseSeriesCsv: layout', () => {
  it('reads ; with decimal comma and thousands dots', () => {
    const r = parseSeriesCsv('Date;Close\n2024-01-02T00:00Z;1.234,56\n2024-01-03T00:00Z;1.240,5\n');
    expect(r.layout).toMatchObject({ separator: ';', decimal: 'comma', header: true, timeColumn: 'Date', valueColumn: 'Close' });
    expect(rows(r)).toEqual([
      [Date.UTC(2024, 0, 2), 1234.56],
      [Date.UTC(2024, 0, 3), 1240.5],
    ]);
  });

  it('reads ; files with decimal points when no value has a comma, and takes an explicit decimal option', () => {
    expect(parseSeriesCsv('date;value\n2024-01-02T00:00Z;1.5\n').values[0]).toBe(1.5);
    expect(parseSeriesCsv('date;value\n2024-01-02T00:00Z;1.500\n', { decimal: 'comma' }).values[0]).toBe(1500);
  });

  it('reads quoted fields (RFC 4180) with the general path, grouping commas inside quotes', () => {
    const r = parseSeriesCsv('"Date","PX_LAST","note"\n"2024-01-02T00:00Z","1,234.5","a, ""b"""\n"2024-01-03T00:00Z","1235","multi\nline"\n2024-01-04T00:00Z,1236,x\n');
    expect(r.layout).toMatchObject({ separator: ',', fastPath: false, timeColumn: 'Date', valueColumn: 'PX_LAST', columnCount: 3 });
    expect(rows(r)).toEqual([
      [Date.UTC(2024, 0, 2), 1234.5],
      [Date.UTC(2024, 0, 3), 1235],
      [Date.UTC(2024, 0, 4), 1236],
    ]);
    // The third record starts on line 3 and spans line 4; the next one is line 5.
    expect(r.lastRows.map((x) => x.line)).toEqual([2, 3, 5]);
  });

  it('drops a byte-order mark and reads CRLF line ends, with loose header names', () => {
    const r = parseSeriesCsv('\uFEFF Timestamp ; "Rate" \r\n2024-03-04T10:30:00+09:00;1330,5\r\n\r\n2024-03-04T10:31:00+09:00;1331\r\n');
    expect(r.layout).toMatchObject({ header: true, fastPath: true, timeColumn: 'Timestamp', valueColumn: 'Rate' });
    expect(rows(r)).toEqual([
      [1709515800000, 1330.5],
      [1709515860000, 1331],
    ]);
    expect(r.firstRows.map((x) => x.line)).toEqual([2, 4]);
  });

  it('takes the only other column of two as the value, and the value column before the time column', () => {
    expect(parseSeriesCsv('day,USD/KRW\n2024-01-02,1300\n').layout).toMatchObject({ timeColumn: 'day', valueColumn: 'USD/KRW' });
    const r = parseSeriesCsv('last,date\n1300,2024-01-02T00:00Z\n');
    expect(rows(r)).toEqual([[Date.UTC(2024, 0, 2), 1300]]);
  });

  it('reads a file without a header when its first line starts with a date', () => {
    const r = parseSeriesCsv('2024-01-02T00:00Z,1300\n2024-01-03T00:00Z,1301\n');
    expect(r.layout).toMatchObject({ header: false, fastPath: true });
    expect(r.firstRows.map((x) => x.line)).toEqual([1, 2]);
  });

  it('names the problem when the header has no time or value column, or the file is empty', () => {
    expect(parseSeriesCsv('when,value\n').fileIssue).toEqual({ code: 'header.no-time-column', columns: ['when', 'value'] });
    expect(parseSeriesCsv('date,open,high\n').fileIssue).toEqual({ code: 'header.no-value-column', columns: ['date', 'open', 'high'] });
    expect(parseSeriesCsv(' \n\n').fileIssue).toEqual({ code: 'file.empty' });
    expect(parseSeriesCsv('date,value\n').fileIssue).toEqual({ code: 'file.no-rows' });
  });
});

describe('parseSeriesCsv: rows', () => {
  it('reports every bad line by number with a code and keeps the good ones', () => {
    const text = 'date,value\n2024-01-02,1300\n2024-01-03,n/a\n2024-01-04,0\n2024-01-05,-3\n2024-01-06,\n2024-01-07\n2024-01-08,1,2\n2024-01-09,1e3\n2024-01-10,Infinity\n2024-01-11,51e309\n2024-01-12,1.5e308\n';
    const r = parseSeriesCsv(text);
    expect(r.issues).toEqual([
      { line: 3, code: 'value.not-a-number', value: 'n/a' },
      { line: 4, code: 'value.not-positive', value: '0' },
      { line: 5, code: 'value.not-positive', value: '-3' },
      { line: 6, code: 'value.empty' },
      { line: 7, code: 'row.field-count', expected: 2, found: 1 },
      { line: 8, code: 'row.field-count', expected: 2, found: 3 },
      { line: 10, code: 'value.not-a-number', value: 'Infinity' },
      // Too large for a double (fast-check found it: it read as Infinity).
      { line: 11, code: 'value.not-a-number', value: '51e309' },
    ]);
    expect(r.values).toEqual(new Float64Array([1300, 1000, 1.5e308]));
  });

  it('sorts rows that are out of order and keeps the first of a repeated instant', () => {
    const r = parseSeriesCsv('timestamp,value\n2024-01-03T00:00Z,3\n2024-01-02T00:00Z,2\n2024-01-03T09:00+09:00,99\n2024-01-04T00:00Z,4\n');
    expect(r.outOfOrder).toBe(true);
    expect(rows(r)).toEqual([
      [Date.UTC(2024, 0, 2), 2],
      [Date.UTC(2024, 0, 3), 3],
      [Date.UTC(2024, 0, 4), 4],
    ]);
    expect(r.issues).toEqual([{ line: 4, code: 'time.duplicate', instant: Date.UTC(2024, 0, 3), firstLine: 2 }]);
  });

  it('calls a file intraday when two rows share a date or times differ, daily when every row has one time', () => {
    expect(parseSeriesCsv('timestamp,value\n2024-01-02T15:30+09:00,1\n2024-01-03T15:30+09:00,2\n').resolution).toBe('daily');
    expect(parseSeriesCsv('timestamp,value\n2024-01-02T15:30+09:00,1\n2024-01-03T15:31+09:00,2\n').resolution).toBe('intraday');
    expect(parseSeriesCsv('timestamp,value\n2024-01-02T15:30+09:00,1\n2024-01-02T15:30+08:00,2\n').resolution).toBe('intraday');
    // A repeated row is a duplicate, not a second observation that day.
    expect(parseSeriesCsv('date,value\n2024-01-02,1\n2024-01-02,1\n2024-01-03,1\n').resolution).toBe('daily');
  });

  it('shows up to five rows from each end', () => {
    const body = Array.from({ length: 12 }, (_, i) => `2024-01-${String(i + 1).padStart(2, '0')},${i + 1}`).join('\n');
    const r = parseSeriesCsv(`date,value\n${body}`);
    expect(r.firstRows.map((x) => x.value)).toEqual([1, 2, 3, 4, 5]);
    expect(r.lastRows.map((x) => [x.line, x.value])).toEqual([[9, 8], [10, 9], [11, 10], [12, 11], [13, 12]]);
  });

  it('reports an unclosed quote on its line and reads on', () => {
    const r = parseSeriesCsv('date,value\n"2024-01-02,1\n2024-01-03,2\n');
    expect(r.issues).toEqual([{ line: 2, code: 'row.unclosed-quote' }]);
    expect(r.count).toBe(1);
  });
});
