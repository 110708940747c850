import { activateLang, translate } from '../../../i18n/i18n';
import { parseSeriesCsv } from './series-csv';
import { seriesFileIssueText as fileIssueMsg, seriesLineText as lineMsg } from './series-csv-messages';
import type { SeriesFileIssue, SeriesLineIssue } from './series-csv-types';

/** The messages in the active language (English unless a test activates Korean). */
const seriesLineText = (issue: SeriesLineIssue, zone?: string) => translate(lineMsg(issue, zone));
const seriesFileIssueText = (issue: SeriesFileIssue) => translate(fileIssueMsg(issue));

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

  describe('in Korean', () => {
    beforeAll(() => activateLang('ko'));
    afterAll(() => activateLang('en'));

    it('says which line is bad and why', () => {
      expect(seriesLineText({ line: 7, code: 'value.not-a-number', value: 'n/a' })).toBe('7행: 값 "n/a"은(는) 숫자가 아닙니다');
      expect(seriesLineText({ line: 4, code: 'row.field-count', expected: 2, found: 3 })).toBe('4행: 필드가 3개입니다(헤더는 2개)');
      expect(seriesLineText({ line: 3, code: 'time.empty' })).toBe('3행: 날짜나 시각이 없습니다');
    });

    it('says why the whole file is not read', () => {
      expect(seriesFileIssueText({ code: 'file.empty' })).toBe('파일이 비어 있습니다.');
      expect(seriesFileIssueText({ code: 'file.too-large', bytes: 250 * 1024 * 1024, limit: 200 * 1024 * 1024 }))
        .toBe('파일 크기가 250MB입니다. 200MB를 넘는 파일은 읽지 않습니다.');
    });
  });
});
