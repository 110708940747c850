import { english } from '../test-english';
import { eventSchema } from '../../events/model/event-schema';
import { importEvents } from './import-events';

describe('importEvents: the minimal file an analyst has (date and title)', () => {
  it('reads date,title rows: id generated, category defaulted, other fields empty', () => {
    const { events, problems, defaultedCategory } = importEvents('date,title\n2016-03-02,UN Resolution 2270\n2024-12-03,비상계엄 선포\n', 'mine.csv');
    expect(english(problems)).toEqual([]);
    expect(events).toEqual([
      { id: 'un-resolution-2270-2016-03-02-665095', date: '2016-03-02', timezone: 'Asia/Seoul', category: 'political', actor: '', title: 'UN Resolution 2270', summary: '', source_url: '' },
      { id: 'event-2024-12-03-423d36', date: '2024-12-03', timezone: 'Asia/Seoul', category: 'political', actor: '', title: '비상계엄 선포', summary: '', source_url: '' },
    ]);
    expect(defaultedCategory).toEqual(['un-resolution-2270-2016-03-02-665095', 'event-2024-12-03-423d36']);
  });

  it('leaves the built-in events strict: the empty actor, summary and link of a user event do not pass their schema', () => {
    const [event] = importEvents('date,title\n2016-03-02,UN Resolution 2270\n', 'mine.csv').events;
    expect(eventSchema().safeParse(event).success).toBe(false);
    expect(eventSchema().safeParse({ ...event, actor: 'UN', summary: 's', source_url: 'https://un.org/' }).success).toBe(true);
  });

  it('gives the same ids on a re-import, so a re-import replaces instead of duplicating', () => {
    const csv = 'Title,Date\nUN Resolution 2270,2016-03-02\n';
    expect(importEvents(csv, 'a.csv').events[0].id).toBe(importEvents(csv, 'b.csv').events[0].id);
  });

  it('keeps a given category and link, defaults only the rows without a category, and uses the default asked for', () => {
    const csv = [
      'date,title,category,source_url', // 1
      '2016-03-02,Resolution,sanction,https://un.org/x', // 2
      '2016-03-03,No category,,', // 3
      '2016-03-04,Bad link,sanction,javascript:alert(1)', // 4
      '2016-03-05,Wrong category,weather,', // 5
    ].join('\n');
    const { events, problems, defaultedCategory } = importEvents(csv, 'x.csv', { defaultCategory: 'diplomacy' });
    expect(events.map((e) => [e.title, e.category, e.source_url])).toEqual([
      ['Resolution', 'sanction', 'https://un.org/x'],
      ['No category', 'diplomacy', ''],
    ]);
    expect(defaultedCategory).toEqual([events[1].id]);
    expect(english(problems)).toEqual([
      { line: 4, message: 'source_url "javascript:alert(1)" is not an http or https link', skipped: true },
      { line: 5, message: expect.stringMatching(/^category "weather" is not one of sanction, provocation/), skipped: true },
    ]);
  });

  it('reports a second row with the same date and title as a repeat, and a row without date or title', () => {
    const csv = 'date,title\n2016-03-02,Same\n2016-03-02, Same \n2016-03-02,\n,Undated\n';
    const { events, problems } = importEvents(csv, 'x.csv');
    expect(events.map((e) => e.title)).toEqual(['Same']);
    expect(english(problems)).toEqual([
      { line: 3, message: `same date and title as line 2 (id "${events[0].id}"); skipped as a repeat`, skipped: true },
      { line: 4, message: 'title is missing', skipped: true },
      { line: 5, message: 'date is missing', skipped: true },
    ]);
  });

  it('keeps an id the file gives, and reads minimal JSON items too', () => {
    expect(importEvents('id,date,title\nmy-own-id,2016-03-02,Mine\n', 'x.csv').events[0].id).toBe('my-own-id');
    const { events, problems } = importEvents(JSON.stringify([{ date: '2016-03-02', title: 'UN Resolution 2270', actor: 'UN' }]), 'x.json');
    expect(english(problems)).toEqual([]);
    expect(events[0]).toMatchObject({ id: 'un-resolution-2270-2016-03-02-665095', actor: 'UN', category: 'political', summary: '' });
  });
});
