import { parseSeriesCsv } from './series-csv';
import { seriesFileIssueText, seriesLineText } from './series-csv-messages';
import type { SeriesFileIssue, SeriesLineIssue } from './series-csv-types';

describe('series CSV messages', () => {
  it('says what and where for each bad line', () => {
    const r = parseSeriesCsv('timestamp,value\n2024-01-02T10:00+09:00,1\n2024-01-02T01:00Z,2\n2024-01-02T11:00+09:00,-1\n', { timeZone: 'Asia/Seoul' });
    expect(r.issues.map((i) => seriesLineText(i))).toEqual([
      'Line 3: repeats the instant 2024-01-02T01:00Z of line 2; the first is kept',
      'Line 4: value "-1" is not above zero (the chart takes logarithms)',
    ]);
    expect(seriesLineText(r.issues[0]!, 'Asia/Seoul')).toBe('Line 3: repeats the instant 2024-01-02 10:00 (Asia/Seoul) of line 2; the first is kept');
  });

  it('keeps every message within 300 characters, shortening long values with "…"', () => {
    const long = 'x'.repeat(5000);
    const lines: SeriesLineIssue[] = [
      { line: 123456789, code: 'time.invalid', value: long },
      { line: 1, code: 'time.not-in-zone', value: long, zone: 'America/Argentina/ComodRivadavia' },
      { line: 1, code: 'value.not-a-number', value: long },
      { line: 1, code: 'row.field-count', expected: 2, found: 1 },
    ];
    const files: SeriesFileIssue[] = [
      { code: 'header.no-time-column', columns: Array.from({ length: 200 }, () => long) },
      { code: 'header.no-value-column', columns: [long] },
      { code: 'options.bad-zone', zone: long },
      { code: 'file.too-large', bytes: 250 * 1024 * 1024, limit: 200 * 1024 * 1024 },
    ];
    for (const text of [...lines.map((i) => seriesLineText(i)), ...files.map(seriesFileIssueText)]) {
      expect(text.length).toBeLessThanOrEqual(300);
    }
    expect(seriesLineText(lines[2]!)).toBe(`Line 1: value "${'x'.repeat(39)}…" is not a number`);
    expect(seriesFileIssueText(files[3]!)).toBe('The file is 250 MB; files over 200 MB are not read.');
  });
});
