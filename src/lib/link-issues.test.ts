import { translate } from '../i18n/i18n';
import { actorIssue, eventIssue, linkIssueMsg, rangeIssues, seriesIssues, type LinkIssue } from './link-issues';

// The notice in English, as the notice bar words it.
const describeLinkIssue = (i: LinkIssue) => translate(linkIssueMsg(i));

const H10 = { first: '1981-04-13', last: '2024-11-29', maxTo: '2024-11-29' };

describe('link issues', () => {
  it('names a from before the first observation and the date shown instead', () => {
    const issues = rangeIssues({ from: '1900-01-01', to: null }, H10, { from: '1981-04-13', to: '2024-11-29' });
    expect(issues.map(describeLinkIssue)).toEqual([
      'from=1900-01-01 is before the first observation (1981-04-13); showing from 1981-04-13',
    ]);
  });

  it('names a to after the last observation, or after the last event when events reach further', () => {
    expect(rangeIssues({ from: null, to: '2100-01-01' }, H10, { from: '2006-01-01', to: '2024-11-29' }).map(describeLinkIssue)).toEqual([
      'to=2100-01-01 is after the last observation (2024-11-29); showing to 2024-11-29',
    ]);
    const withLaterEvent = { ...H10, maxTo: '2025-06-30' };
    expect(rangeIssues({ from: null, to: '2100-01-01' }, withLaterEvent, { from: '2006-01-01', to: '2025-06-30' }).map(describeLinkIssue)).toEqual([
      'to=2100-01-01 is after the last event (2025-06-30); showing to 2025-06-30',
    ]);
  });

  it('says nothing for dates inside the data, its first and last day, or no dates', () => {
    expect(rangeIssues({ from: '1981-04-13', to: '2024-11-29' }, H10, { from: '1981-04-13', to: '2024-11-29' })).toEqual([]);
    expect(rangeIssues({ from: '2016-01-01', to: '2016-12-31' }, H10, { from: '2016-01-01', to: '2016-12-31' })).toEqual([]);
    expect(rangeIssues({ from: null, to: null }, H10, { from: '2006-01-01', to: '2024-11-29' })).toEqual([]);
  });

  it('names both ends of a range wholly outside the data', () => {
    const ecb = { first: '1999-01-04', last: '2024-09-26', maxTo: '2024-09-26' };
    const issues = rangeIssues({ from: '1990-01-01', to: '1995-01-01' }, ecb, { from: '1999-01-04', to: '1999-01-05' });
    expect(issues.map((i) => [i.code, 'param' in i ? i.param : ''])).toEqual([
      ['before-first', 'from'],
      ['before-first', 'to'],
    ]);
  });

  it('names an unknown event id, not a known one', () => {
    const ids = new Set(['2016-01-06-dprk-fourth-nuclear-test', 'my-own-event']);
    const has = (id: string) => ids.has(id);
    expect(eventIssue('my-own-event', has)).toBeNull();
    expect(eventIssue(null, has)).toBeNull();
    expect(describeLinkIssue(eventIssue('foo', has)!)).toBe('event=foo: no such event; nothing selected');
  });

  it('names an actor no event has, its value shortened', () => {
    expect(actorIssue('OFAC', ['UN Security Council', 'OFAC'])).toBeNull();
    expect(actorIssue(null, [])).toBeNull();
    expect(describeLinkIssue(actorIssue('Nobody', ['OFAC'])!)).toMatch(/^actor="Nobody": no event has this actor/);
    const text = describeLinkIssue(actorIssue('k'.repeat(10_240), ['OFAC'])!);
    expect(text).toMatch(/^actor="k{59}…": no event has this actor.*\(value shortened\)$/);
    expect(text.length).toBeLessThan(300);
  });
});

describe('imported series a link names', () => {
  it('names each csv: id this browser does not have, and no built-in pair', () => {
    const issues = seriesIssues(['USDKRW', 'csv:my-ndf', 'csv:gone'], (id) => id === 'csv:my-ndf');
    expect(issues).toEqual([{ code: 'unknown-series', value: 'csv:gone' }]);
    expect(describeLinkIssue(issues[0])).toBe("pairs: csv:gone is not among this browser's imported series (import it with Import series); the rest is shown");
  });
  it('compares a UTC-minute from/to by its date', () => {
    expect(rangeIssues({ from: null, to: '2024-11-29T10:00Z' }, H10, { from: '2024-01-01', to: '2024-11-29' })).toEqual([]);
  });
});

describe('link notices in Korean', () => {
  it('words an unknown event and a date before the data in Korean, the link values kept as given', async () => {
    const { activateLang } = await import('../i18n/i18n');
    await activateLang('ko');
    try {
      expect(translate(linkIssueMsg({ code: 'unknown-event', value: 'foo' }))).toBe('event=foo: 그런 이벤트가 없어 아무것도 선택하지 않았습니다');
      const before = translate(linkIssueMsg({ code: 'before-first', param: 'from', value: '1900-01-01', first: '1981-04-13', shown: '1981-04-13' }));
      expect(before).toBe('from=1900-01-01은(는) 첫 관측일(1981-04-13) 이전입니다. from 1981-04-13(으)로 표시합니다');
    } finally {
      await activateLang('en');
    }
  });
});
