import type { KrwEvent } from '../../events/model/event-schema';
import { withDays } from '../../events/model/filter-events';
import { eventsFileName, eventsToCsv, eventsToJson } from './export-events';
import { importEvents } from './import-events';

const EVENTS: KrwEvent[] = [
  {
    id: 'plain-one', date: '2016-01-06', timezone: 'Asia/Seoul', category: 'provocation', actor: 'DPRK',
    title: 'Fourth nuclear test', summary: 'A test.', source_url: 'https://example.org/a',
  },
  {
    id: 'tricky-two', date: '2025-11-04', time: '10:15', timezone: 'America/New_York', category: 'sanction', actor: '-US Treasury',
    title: '=HYPERLINK("x") and, commas', summary: 'Line one\nline "two"\r\nthree', source_url: 'https://home.treasury.gov/news?a=1&b=2',
    tags: ['+cyber', 'banks', '@it'], importance: 2,
  },
  {
    id: 'apostrophes', date: '2020-06-16', timezone: 'Asia/Seoul', category: 'political', actor: "'-already guarded",
    title: "''=twice", summary: "it's fine", source_url: 'http://a.kr/', tags: ['x'],
  },
  {
    id: 'with-korean', date: '2016-02-10', timezone: 'Asia/Seoul', category: 'provocation', actor: 'ROK',
    title: 'Kaesong closed', summary: 'Closed.', source_url: 'https://a.kr/k', title_ko: '개성공단 가동 중단', summary_ko: '정부가 "개성공단" 가동을, 전면 중단했습니다.',
  },
];

describe('eventsToCsv', () => {
  it('writes the SPEC header and guards formulas', () => {
    const csv = eventsToCsv(EVENTS);
    const lines = csv.split('\n');
    expect(lines[0]).toBe('id,date,time,timezone,category,actor,title,summary,source_url,tags,importance,title_ko,summary_ko');
    expect(lines[1]).toBe('plain-one,2016-01-06,,Asia/Seoul,provocation,DPRK,Fourth nuclear test,A test.,https://example.org/a,,,,');
    expect(lines[2]).toMatch(/^tricky-two,2025-11-04,10:15,America\/New_York,sanction,'-US Treasury,"'=HYPERLINK\(""x""\) and, commas","Line one$/);
    expect(csv).toContain(",'+cyber;banks;@it,2,,\n");
    // The Korean title and summary: always the last two columns.
    expect(csv).toContain(',https://a.kr/k,,,개성공단 가동 중단,"정부가 ""개성공단"" 가동을, 전면 중단했습니다."\n');
    expect(csv.endsWith('\n')).toBe(true);
  });

  it('round-trips through the importer unchanged', () => {
    const back = importEvents(eventsToCsv(EVENTS), 'x.csv');
    expect(back.problems).toEqual([]);
    expect(back.events).toEqual(EVENTS);
  });
});

describe('eventsToJson', () => {
  it('writes the SPEC fields only, even from dated events', () => {
    const parsed = JSON.parse(eventsToJson(withDays(EVENTS)));
    expect(parsed.map((e: Record<string, unknown>) => Object.keys(e))).toEqual([
      ['id', 'date', 'timezone', 'category', 'actor', 'title', 'summary', 'source_url'],
      ['id', 'date', 'timezone', 'category', 'actor', 'title', 'summary', 'source_url', 'title_ko', 'summary_ko'],
      ['id', 'date', 'timezone', 'category', 'actor', 'title', 'summary', 'source_url', 'tags'],
      ['id', 'date', 'time', 'timezone', 'category', 'actor', 'title', 'summary', 'source_url', 'tags', 'importance'],
    ]); // (withDays sorted them by date)
  });

  it('round-trips through the importer unchanged', () => {
    const back = importEvents(eventsToJson(EVENTS), 'x.json');
    expect(back.problems).toEqual([]);
    expect(back.events).toEqual(EVENTS);
  });

  it('names files by format and date', () => {
    expect(eventsFileName('json', '2025-11-06')).toBe('krw-events-2025-11-06.json');
  });
});
