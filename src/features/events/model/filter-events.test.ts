import type { KrwEvent } from './event-schema';
import { actorAtoms, actorsOf, filterEvents, matchesActor, stepEvent, withDays } from './filter-events';
import { importanceMsg, importanceText } from './importance';
import { ev } from './test-fixtures';
import { BUILT_IN_EVENTS } from '../data/built-in-events';
import { BUILT_IN_KO } from '../data/built-in-events-ko';
import { withKoreanTexts } from '../api/get-built-in-events';
import { prepareBuiltInEvents } from './built-in';

const base: Omit<KrwEvent, 'id' | 'date' | 'category' | 'actor' | 'title'> = {
  timezone: 'Asia/Seoul',
  summary: 'summary',
  source_url: 'https://example.org/',
};
const events: KrwEvent[] = [
  { ...base, id: 'c-evt', date: '2017-09-03', category: 'provocation', actor: 'DPRK', title: 'Sixth nuclear test', tags: ['nuclear-test'] },
  { ...base, id: 'a-evt', date: '2016-01-06', category: 'provocation', actor: 'DPRK', title: 'Fourth nuclear test' },
  { ...base, id: 'b-evt', date: '2016-03-02', category: 'sanction', actor: 'UN-Security-Council', title: 'Résolution 2270' },
];

describe('event filters', () => {
  const dated = withDays(events);
  it('sorts by date and adds the day number', () => {
    expect(dated.map((e) => e.id)).toEqual(['a-evt', 'b-evt', 'c-evt']);
    expect(dated[0].day).toBe(Date.UTC(2016, 0, 6) / 86_400_000);
  });
  it('orders events of one day by time (untimed first), then by id', () => {
    const day = '2020-06-16';
    const same = withDays([
      { ...events[0], id: 'z-late', date: day, time: '14:49' },
      { ...events[0], id: 'b-untimed', date: day, time: undefined },
      { ...events[0], id: 'a-untimed', date: day, time: undefined },
      { ...events[0], id: 'm-morning', date: day, time: '09:05' },
      { ...events[0], id: 'a-9-dash', date: day, time: '14:49' },
    ]);
    expect(same.map((e) => e.id)).toEqual(['a-untimed', 'b-untimed', 'm-morning', 'a-9-dash', 'z-late']);
  });
  it('leaves the filter text alone when it is blank (every event matches)', () => {
    const all = { cats: ['provocation', 'sanction'] as const, actor: null };
    expect(filterEvents(dated, { ...all, q: '   ' }).map((e) => e.id)).toEqual(['a-evt', 'b-evt', 'c-evt']);
  });
  it('filters by category, actor and every word of the text', () => {
    const all = { cats: ['provocation', 'sanction'] as const, actor: null, q: '' };
    expect(filterEvents(dated, { ...all, cats: ['sanction'] }).map((e) => e.id)).toEqual(['b-evt']);
    expect(filterEvents(dated, { ...all, actor: 'DPRK' }).map((e) => e.id)).toEqual(['a-evt', 'c-evt']);
    expect(filterEvents(dated, { ...all, q: 'NUCLEAR sixth' }).map((e) => e.id)).toEqual(['c-evt']);
    expect(filterEvents(dated, { ...all, q: 'resolution' }).map((e) => e.id)).toEqual(['b-evt']);
    expect(filterEvents(dated, { ...all, q: 'nuclear-test' }).map((e) => e.id)).toEqual(['c-evt']);
    expect(filterEvents(dated, { ...all, cats: [] })).toEqual([]);
  });
  it('lists actors and steps through events', () => {
    expect(actorsOf(events)).toEqual(['DPRK', 'UN-Security-Council']);
    expect(stepEvent(dated, 'a-evt', 1)?.id).toBe('b-evt');
    expect(stepEvent(dated, 'a-evt', -1)?.id).toBe('a-evt');
    expect(stepEvent(dated, null, -1)?.id).toBe('c-evt');
    expect(stepEvent([], null, 1)).toBeNull();
  });
});

describe('the actor filter matches the parts of an actor', () => {
  const mixed = withDays([
    ev('solo', '2020-01-01', { actor: 'DPRK' }),
    ev('pair', '2020-01-02', { actor: 'Russia/DPRK' }),
    ev('trio', '2020-01-03', { actor: 'US-Treasury/Japan-MOF/South-Korea-MOEF' }),
    ev('lookalike', '2020-01-04', { actor: 'DPRK-Watchers' }),
    ev('none', '2020-01-05', { actor: '' }),
  ]);
  const by = (actor: string) => filterEvents(mixed, { cats: ['sanction'], actor, q: '' }).map((e) => e.id);
  it('finds every event whose actors include the one asked for, and only whole parts', () => {
    expect(by('DPRK')).toEqual(['solo', 'pair']);
    expect(by('Russia')).toEqual(['pair']);
    expect(by('Japan-MOF')).toEqual(['trio']);
    expect(by('Japan')).toEqual([]);
  });
  it('keeps an older link\'s compound value working: it matches that actor as written', () => {
    expect(by('Russia/DPRK')).toEqual(['pair']);
    expect(by('DPRK/Russia')).toEqual([]);
  });
  it('offers each part once, sorted, and no empty actor', () => {
    expect(actorsOf(mixed)).toEqual(['DPRK', 'DPRK-Watchers', 'Japan-MOF', 'Russia', 'South-Korea-MOEF', 'US-Treasury']);
    expect(actorAtoms(' A / B /')).toEqual(['A', 'B']);
    expect(actorAtoms('')).toEqual([]);
  });
  it('on the built-in events, "DPRK" finds the compound actors that name it', () => {
    const builtIn = prepareBuiltInEvents(BUILT_IN_EVENTS).events;
    const compound = builtIn.filter((e) => e.actor.split('/').length > 1 && e.actor.split('/').includes('DPRK'));
    expect(compound.map((e) => e.actor)).toContain('Russia/DPRK');
    const found = new Set(filterEvents(builtIn, { cats: [...new Set(builtIn.map((e) => e.category))], actor: 'DPRK', q: '' }).map((e) => e.id));
    for (const e of compound) expect(found.has(e.id)).toBe(true);
    expect(actorsOf(builtIn).some((a) => a.includes('/'))).toBe(false);
  });
  it('matchesActor agrees with the parts', () => {
    expect(matchesActor('South-Korea-Government/DPRK', 'DPRK')).toBe(true);
    expect(matchesActor('South-Korea-Government/DPRK', 'South-Korea')).toBe(false);
  });
});

describe('the text filter in either language', () => {
  // The built-in events with their Korean texts attached, as the app does for the Korean UI or a Hangul query.
  const builtIn = withKoreanTexts(prepareBuiltInEvents(BUILT_IN_EVENTS), BUILT_IN_KO).events;
  const all = { cats: ['provocation'] as const, actor: null };
  const ids = (q: string) => filterEvents(builtIn, { ...all, q }).map((e) => e.id);
  it('finds a built-in event by words of its Korean title', () => {
    // The first nuclear test (2006) is titled 북한, 풍계리에서 1차 핵실험 in Korean.
    expect(ids('풍계리 1차 핵실험')).toEqual(['2006-10-09-first-nuclear-test']);
  });
  it('still finds it by its English title', () => {
    expect(ids('first nuclear test Punggye-ri')).toEqual(['2006-10-09-first-nuclear-test']);
  });
  it('matches words of both languages together', () => {
    expect(ids('Punggye-ri 핵실험')).toContain('2006-10-09-first-nuclear-test');
  });
  it('finds a user event by its own Korean text', () => {
    const mine = withDays([{ ...events[0], id: 'mine', title_ko: '여섯 번째 핵실험' }]);
    expect(filterEvents(mine, { ...all, q: '여섯 번째' }).map((e) => e.id)).toEqual(['mine']);
  });
});

describe('importance filter', () => {
  const rated: KrwEvent[] = [
    { ...base, id: 'imp-1', date: '2020-01-01', category: 'sanction', actor: 'A', title: 'Routine', importance: 1 },
    { ...base, id: 'imp-2', date: '2020-01-02', category: 'sanction', actor: 'A', title: 'Notable', importance: 2 },
    { ...base, id: 'imp-3', date: '2020-01-03', category: 'sanction', actor: 'A', title: 'Major', importance: 3 },
    { ...base, id: 'unrated', date: '2020-01-04', category: 'sanction', actor: 'A', title: 'Imported, no rating' },
  ];
  const ids = (min?: 1 | 2 | 3) => filterEvents(rated, { cats: ['sanction'], actor: null, q: '', minImportance: min }).map((e) => e.id);
  it('shows the events at or above the minimum, and unrated events at every level', () => {
    expect(ids()).toEqual(['imp-1', 'imp-2', 'imp-3', 'unrated']);
    expect(ids(1)).toEqual(['imp-1', 'imp-2', 'imp-3', 'unrated']);
    expect(ids(2)).toEqual(['imp-2', 'imp-3', 'unrated']);
    expect(ids(3)).toEqual(['imp-3', 'unrated']);
  });
  it('names the levels', () => {
    expect(rated.map(importanceText)).toEqual(['routine', 'notable', 'major', 'unrated']);
  });
  it('gives the views a message for each level (the common catalog\'s word, "unrated" from the events catalog)', () => {
    expect(rated.map((e) => importanceMsg(e).id)).toEqual(['importance.1', 'importance.2', 'importance.3', 'events.importance.unrated']);
  });
});

describe('eventInstant (an event on the time axis)', () => {
  it('is the announcement instant of a timed event and the start of the date in its zone otherwise, as date-fns-tz says', async () => {
    const { fromZonedTime } = await import('date-fns-tz');
    const { eventInstant } = await import('./filter-events');
    const { parseIsoDay } = await import('../../../lib/units');
    const cases = [
      ['2024-10-31', '07:10', 'Asia/Seoul'],
      ['2017-09-03', undefined, 'Asia/Pyongyang'],
      ['2016-02-12', '14:00', 'Asia/Pyongyang'], // Pyongyang time (UTC+8:30)
      ['2024-11-14', undefined, 'America/New_York'],
      ['2024-03-10', undefined, 'America/New_York'], // the day summer time starts: midnight is still EST
      ['2024-10-08', '21:00', 'Europe/London'],
      ['2009-05-25', '09:54', 'Asia/Tokyo'],
      ['2020-03-19', '22:00', 'Australia/Sydney'], // no rule here: Intl
    ] as const;
    for (const [date, time, zone] of cases) {
      const want = fromZonedTime(`${date}T${time ?? '00:00'}:00`, zone).getTime();
      expect(`${date} ${zone} ${eventInstant(parseIsoDay(date)!, time, zone)}`).toBe(`${date} ${zone} ${want}`);
    }
  });
});
