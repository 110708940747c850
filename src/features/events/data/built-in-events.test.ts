import { CATEGORIES } from '../../../config/categories';
import { prepareBuiltInEvents } from '../model/built-in';
import { validateEvents } from '../model/validate-events';
import { eventSchema, type EventInput } from '../model/event-schema';
import { BUILT_IN_EVENTS } from './built-in-events';

const MIN_DATE = '2006-01-01';
const MAX_DATE = '2025-12-31';

/** Sort key: date, then local time; an event without a time sorts after timed events of the same day. */
const sortKey = (e: EventInput) => `${e.date} ${e.time ?? '24:00'}`;
const text = (e: EventInput) => `${e.title} ${e.summary}`;

describe('built-in events', () => {
  it('has at least 160 events', () => {
    expect(BUILT_IN_EVENTS.length).toBeGreaterThanOrEqual(160);
  });

  it('rates every built-in event 1, 2 or 3 (imported events may be unrated, built-in ones may not)', () => {
    const unrated = BUILT_IN_EVENTS.filter((e) => ![1, 2, 3].includes(e.importance as number)).map((e) => e.id);
    expect(unrated, `built-in events without importance: ${unrated.join(', ')}`).toEqual([]);
  });

  it('every event parses with the event schema', () => {
    const failures = BUILT_IN_EVENTS.flatMap((raw, i) => {
      const r = eventSchema().safeParse(raw);
      if (r.success) return [];
      const issues = r.error.issues.map((iss) => `${iss.path.join('.') || '(root)'}: ${iss.message}`).join('; ');
      return [`#${i} ${String(raw.id)}: ${issues}`];
    });
    expect(failures, failures.join('\n')).toEqual([]);
  });

  it('are prepared at start-up exactly as validating them with the schema would give', () => {
    const validated = validateEvents(BUILT_IN_EVENTS, 'Built-in event');
    expect(validated.problems).toEqual([]);
    expect(prepareBuiltInEvents(BUILT_IN_EVENTS)).toEqual(validated);
  });

  it('has unique ids that start with the event date', () => {
    const seen = new Set<string>();
    const dupes: string[] = [];
    for (const e of BUILT_IN_EVENTS) {
      if (seen.has(e.id)) dupes.push(e.id);
      seen.add(e.id);
    }
    expect(dupes, `duplicate ids: ${dupes.join(', ')}`).toEqual([]);
    const badPrefix = BUILT_IN_EVENTS.filter((e) => !e.id.startsWith(`${e.date}-`)).map((e) => e.id);
    expect(badPrefix, `ids not prefixed with their date: ${badPrefix.join(', ')}`).toEqual([]);
  });

  it('keeps every date between 2006-01-01 and 2025-12-31', () => {
    const outside = BUILT_IN_EVENTS.filter(
      (e) => !/^\d{4}-\d{2}-\d{2}$/.test(e.date) || e.date < MIN_DATE || e.date > MAX_DATE,
    ).map((e) => `${e.id} (${e.date})`);
    expect(outside, `dates out of range: ${outside.join(', ')}`).toEqual([]);
  });

  it('uses only known categories', () => {
    const known: readonly string[] = CATEGORIES;
    const unknown = BUILT_IN_EVENTS.filter((e) => !known.includes(e.category)).map((e) => `${e.id} (${e.category})`);
    expect(unknown, `unknown categories: ${unknown.join(', ')}`).toEqual([]);
  });

  it('links every event to an http(s) source', () => {
    const bad = BUILT_IN_EVENTS.filter((e) => {
      try {
        const u = new URL(e.source_url);
        return !(u.protocol === 'http:' || u.protocol === 'https:') || u.hostname === '';
      } catch {
        return true;
      }
    }).map((e) => `${e.id} (${e.source_url})`);
    expect(bad, `bad source_url: ${bad.join(', ')}`).toEqual([]);
  });

  it('is sorted by date, then by local time', () => {
    const outOfOrder: string[] = [];
    for (let i = 1; i < BUILT_IN_EVENTS.length; i++) {
      const prev = BUILT_IN_EVENTS[i - 1];
      const cur = BUILT_IN_EVENTS[i];
      if (sortKey(cur) < sortKey(prev)) outOfOrder.push(`${prev.id} > ${cur.id}`);
    }
    expect(outOfOrder, `out of order: ${outOfOrder.join(', ')}`).toEqual([]);
  });

  it('sets the timezone explicitly on every event that has a time', () => {
    const timed = BUILT_IN_EVENTS.filter((e) => e.time !== undefined);
    expect(timed.length).toBeGreaterThan(0);
    const implicit = timed
      .filter((e) => !Object.prototype.hasOwnProperty.call(e, 'timezone') || typeof e.timezone !== 'string' || e.timezone === '')
      .map((e) => e.id);
    expect(implicit, `timed events without an explicit timezone: ${implicit.join(', ')}`).toEqual([]);
  });

  it('keeps titles short and tags lowercase', () => {
    const longTitles = BUILT_IN_EVENTS.filter((e) => e.title.length > 90).map((e) => e.id);
    expect(longTitles, `titles over 90 chars: ${longTitles.join(', ')}`).toEqual([]);
    const badTags = BUILT_IN_EVENTS.filter((e) => (e.tags ?? []).some((t) => !/^[a-z0-9-]+$/.test(t))).map((e) => e.id);
    expect(badTags, `tags not lowercase slugs: ${badTags.join(', ')}`).toEqual([]);
  });

  it('includes the 2025-11-04 OFAC designation of KMCTC, U Yong Su, Ryujong Credit Bank and two bankers', () => {
    const e = BUILT_IN_EVENTS.find((x) => x.date === '2025-11-04' && /KMCTC|Mangyongdae/i.test(text(x)));
    expect(e, 'no 2025-11-04 event mentioning KMCTC').toBeDefined();
    expect(e!.category).toBe('sanction');
    expect(e!.actor).toMatch(/Treasury|OFAC/i);
    const t = text(e!);
    const missing = [
      /KMCTC|Korea Mangyongdae Computer Technology Company/,
      /U Yong Su/,
      /Ryujong Credit Bank/,
      /Jang Kuk Chol/,
      /Ho Jong Son/,
    ].filter((re) => !re.test(t));
    expect(missing.map(String), `designees missing from title+summary of ${e!.id}`).toEqual([]);
  });

  it("includes Seoul's 2025-11-06 statement that it could review its own sanctions", () => {
    const e = BUILT_IN_EVENTS.find(
      (x) => x.date === '2025-11-06' && /South-Korea|Seoul/i.test(x.actor) && /sanction/i.test(text(x)),
    );
    expect(e, 'no 2025-11-06 Seoul sanctions statement').toBeDefined();
    expect(text(e!)).toMatch(/review|consider/i);
    expect(e!.timezone).toBe('Asia/Seoul');
  });
});
