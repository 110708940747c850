import { fromZonedTime } from 'date-fns-tz';
import { announcementInstant, eventAnchor, fixInstant } from '../features/reactions/model/fix-instants';
import { locateT0 } from '../features/reactions/model/locate-t0';
import { DEFAULT_TIMEZONE, type EventInput } from '../features/events/model/event-schema';
import { makeSeries, type Series } from '../features/rates/model/series';
import { isoFromDay, parseIsoDay } from '../lib/units';
import { BUILT_IN_EVENTS } from '../features/events/data/built-in-events';

/** The two sources with a fix time: H.10 (12:00 America/New_York) and the ECB (14:15 Europe/Berlin). */
const FIXED_SOURCES = ['snapshot', 'ecb'] as const;

/** A date-only event must say so when the date-only T0 rule could put T0 before its news (see below). */
export const UNTIMED_TAG = 'time-not-recorded';

/** The event as the engine sees it (the schema's default zone applied). */
const timing = (e: EventInput) => ({ date: e.date, time: e.time, timezone: e.timezone ?? DEFAULT_TIMEZONE });

/** Every weekday from 10 days before to 10 days after `date`: a stand-in for a daily USD/KRW series of `source` around the event. */
function weekdaysAround(date: string, source: (typeof FIXED_SOURCES)[number]): Series {
  const d0 = parseIsoDay(date)!;
  const days: number[] = [];
  for (let d = d0 - 10; d <= d0 + 10; d++) {
    const wd = new Date(d * 86_400_000).getUTCDay();
    if (wd !== 0 && wd !== 6) days.push(d);
  }
  return makeSeries('USDKRW', source, days, days.map(() => 1000));
}

/** The T0 the engine gives the event on a weekday calendar, as YYYY-MM-DD. */
function t0Of(e: EventInput, source: (typeof FIXED_SOURCES)[number]): string {
  const s = weekdaysAround(e.date, source);
  const loc = locateT0(s, eventAnchor(timing(e)));
  if (loc.t0 === null) throw new Error(`no T0 for ${e.id}`);
  return isoFromDay(s.days[loc.t0] as never);
}

const byId = (id: string) => {
  const e = BUILT_IN_EVENTS.find((x) => x.id === id);
  if (!e) throw new Error(`no built-in event ${id}`);
  return e;
};

describe('built-in events: T0 never precedes the news', () => {
  it.each(FIXED_SOURCES)('gives every timed event a %s T0 fixed at or after its announcement', (source) => {
    const early: string[] = [];
    for (const e of BUILT_IN_EVENTS.filter((x) => x.time)) {
      const s = weekdaysAround(e.date, source);
      const loc = locateT0(s, eventAnchor(timing(e)));
      const announced = announcementInstant(timing(e))!;
      const fix = loc.t0 === null ? null : fixInstant(s.days[loc.t0] as never, source);
      if (fix === null || fix < announced) early.push(`${e.id}: ${e.date} ${e.time} ${e.timezone}`);
    }
    expect(early, `T0 before the announcement:\n${early.join('\n')}`).toEqual([]);
  });

  /*
   * A date-only event gets T0 = the first observation dated on or after its date. That is safe
   * when both sources fix that date after the announcing body's working day is over (18:00 in
   * its zone): true for Seoul, Tokyo or Beijing, whose evening is the ECB's afternoon and New
   * York's night. In New York, London or Brussels a source fixes in the middle of the working
   * day, so such an event needs its time, or, where the record gives none, the tag
   * `time-not-recorded`, which says plainly that its T0 may be a fix that came before the news.
   */
  it('asks a date-only event announced where a source fixes mid-day for its time, or a plain "time not recorded"', () => {
    const unsafe: string[] = [];
    for (const e of BUILT_IN_EVENTS.filter((x) => !x.time)) {
      const tz = e.timezone ?? DEFAULT_TIMEZONE;
      const endOfDay = fromZonedTime(`${e.date}T18:00:00`, tz).getTime();
      const day = parseIsoDay(e.date)!;
      const early = FIXED_SOURCES.filter((s) => fixInstant(day, s)! < endOfDay);
      if (early.length && !(e.tags ?? []).includes(UNTIMED_TAG)) unsafe.push(`${e.id} (${tz}; ${early.join(', ')} fixes first)`);
    }
    expect(unsafe, `date-only events that need a time or the ${UNTIMED_TAG} tag:\n${unsafe.join('\n')}`).toEqual([]);
  });

  it('does not tag an event "time-not-recorded" when it has a time', () => {
    const both = BUILT_IN_EVENTS.filter((e) => e.time && (e.tags ?? []).includes(UNTIMED_TAG)).map((e) => e.id);
    expect(both).toEqual([]);
  });

  // The cases the audit of 2026-12-01 found. Its clock times for these three could not be
  // traced to any citable page (follow-up to issue 11), so the events carry no time and say so:
  // their date-only T0 may fall on a fix before the news, and the tag tells the reader.
  it.each([
    '2017-08-08-fire-and-fury',
    '2017-09-11-unsc-resolution-2375',
    '2024-10-08-ftse-wgbi-inclusion',
  ])('leaves %s untimed and tagged, since no citable page states its clock time', (id) => {
    const e = byId(id);
    expect(e.time).toBeUndefined();
    expect(e.tags).toContain(UNTIMED_TAG);
    expect(e.summary).toMatch(/no (citable record|time of day)|gives no time/i);
  });
  it('moves late-evening Seoul launches past the same-day ECB fix', () => {
    expect(t0Of(byId('2017-07-28-second-hwasong-14-icbm'), 'ecb')).toBe('2017-07-31'); // Friday 23:41 KST → Monday
    expect(t0Of(byId('2023-11-21-malligyong-1-satellite'), 'ecb')).toBe('2023-11-22');
    expect(t0Of(byId('2024-12-03-yoon-declares-martial-law'), 'ecb')).toBe('2024-12-04');
  });
  it('keeps a morning Seoul announcement on the same day for both sources', () => {
    const e = byId('2009-05-25-second-nuclear-test'); // 09:54 KST: before both fixes of 25 May
    expect([t0Of(e, 'snapshot'), t0Of(e, 'ecb')]).toEqual(['2009-05-25', '2009-05-25']);
  });
});

describe("built-in events: the engine's anchors", () => {
  it('give the announcement instant and the start of the date that date-fns-tz gives, for every built-in event', () => {
    const wrong = BUILT_IN_EVENTS.filter((e) => {
      const tz = e.timezone ?? DEFAULT_TIMEZONE;
      const a = eventAnchor({ date: e.date, time: e.time, timezone: tz });
      const instant = announcementInstant({ date: e.date, time: e.time, timezone: tz });
      return a.instant !== instant || a.dayStart !== fromZonedTime(`${e.date}T00:00:00`, tz).getTime();
    }).map((e) => e.id);
    expect(wrong).toEqual([]);
  });
});
