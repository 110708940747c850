import fc from 'fast-check';
import { runs } from '../../../lib/property-runs';
import { eventArb, eventsArb, PROPS_TODAY } from './event-arbitraries';
import { checkEvent, pickEventFields } from './event-fields';
import { eventsToCsv, eventsToJson } from './export-events';
import { importEvents } from './import-events';

/*
 * The events importer, where the user's files come in: nothing they hold escapes as an exception,
 * every bad line is named by its line, every good one is kept, and what the app exports it
 * imports back unchanged.
 */

const OPTS = { today: PROPS_TODAY };
/** Physical lines of a text as parse-csv counts them (CRLF, LF or a lone CR end one). */
const lineCount = (t: string) => t.split(/\r\n|\r|\n/).length;

const HEADER = 'id,date,time,timezone,category,actor,title,summary,source_url,tags,importance,title_ko,summary_ko';
/** One-line rows the importer must refuse (13 columns as the header, or a wrong count). */
const badRow = fc.oneof(
  fc.constantFrom(
    'bad-date,2016-02-30,,,sanction,UN,Title here,s,,,,,',
    'bad-cat,2016-01-06,,,weather,UN,Title here,s,,,,,',
    'short-title,2016-01-06,,,sanction,UN,ab,s,,,,,',
    'bad-time,2016-01-06,25:00,,sanction,UN,Title here,s,,,,,',
    'bad-zone,2016-01-06,,Mars/Olympus,sanction,UN,Title here,s,,,,,',
    'bad-url,2016-01-06,,,sanction,UN,Title here,s,javascript:alert(1),,,,',
    'bad-imp,2016-01-06,,,sanction,UN,Title here,s,,,4,,',
    'BAD ID,2016-01-06,,,sanction,UN,Title here,s,,,,,',
    'too-old,1899-12-31,,,sanction,UN,Title here,s,,,,,',
    'future,2099-01-01,,,sanction,UN,Title here,s,,,,,',
    'few,2016-01-06,,,sanction',
    'many,2016-01-06,,,sanction,UN,Title here,s,,,,,,extra',
    '"after"quote,2016-01-06,,,sanction,UN,Title here,s,,,,,',
    ',,,,,,,,,,,,',
  ),
  fc.string({ unit: 'grapheme-ascii', maxLength: 30 }).map((s) => `x${s.replace(/[\r\n"]/g, '')}`),
);

describe('importEvents: properties', () => {
  // Guards: an exception on an odd file (a TypeError on a JSON shape, a regex blow-up), a problem
  // with a line number outside the file, an event let in that the schema refuses.
  it('any text, as CSV or JSON, gives a result, never an exception; its events pass the checks', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.jsonValue().map((v) => JSON.stringify(v) ?? ''),
      fc.array(fc.oneof(fc.anything(), eventArb), { maxLength: 6 }).map((a) => JSON.stringify({ events: a }) ?? ''),
      fc.array(fc.constantFrom(HEADER, 'date,title', '"', '""', ',', '\n', '\r', '\r\n', 'a', '2016-01-06', 'Title', '\uFEFF', '\u0000', '{', '['), { maxLength: 40 }).map((p) => p.join('')),
    );
    fc.assert(
      fc.property(text, fc.constantFrom('events.csv', 'events.json', 'events.txt', 'EVENTS.JSON'), (t, name) => {
        const r = importEvents(t, name, OPTS);
        const lines = lineCount(t);
        for (const p of r.problems) if (p.line !== null) expect(p.line >= 1 && p.line <= lines).toBe(true);
        expect(new Set(r.events.map((e) => e.id)).size).toBe(r.events.length);
        for (const e of r.events) {
          const again = checkEvent({ ...e });
          expect('event' in again && again.event).toEqual(e);
        }
      }),
      runs(300),
    );
  });

  // Guards: a bad line reported under the wrong number (off by the lines a quoted field spans, or
  // by the header), a bad line that takes a good neighbour with it, a good line lost.
  it('reports every bad line by its line number and keeps every good one, in order', () => {
    fc.assert(
      fc.property(eventsArb(8), fc.array(fc.tuple(fc.nat(), badRow), { maxLength: 6 }), fc.boolean(), (events, bad, crlf) => {
        const good = events.map((e) => eventsToCsv([e]).slice(HEADER.length + 1, -1)); // the export's row of each
        const rows: { text: string; bad: boolean }[] = good.map((text) => ({ text, bad: false }));
        for (const [at, b] of bad) rows.splice(at % (rows.length + 1), 0, { text: b, bad: true });
        const eol = crlf ? '\r\n' : '\n';
        let text = `${HEADER}${eol}`;
        const badLines: number[] = [];
        for (const r of rows) {
          if (r.bad) badLines.push(lineCount(text));
          text += r.text + eol;
        }
        const res = importEvents(text, 'events.csv', OPTS);
        expect(res.problems.filter((p) => p.skipped).map((p) => p.line)).toEqual(badLines);
        expect(res.events).toEqual(events.map(pickEventFields));
      }),
      runs(150),
    );
  });

  // Guards: a field the export forgets or the import misreads (tags, importance, the Korean
  // columns), a formula guard that is not undone exactly once, quotes and line breaks in text.
  it('export → import gives back the same events, as CSV and as JSON', () => {
    fc.assert(
      fc.property(eventsArb(8), (events) => {
        const want = events.map(pickEventFields);
        for (const [text, name] of [[eventsToCsv(events), 'e.csv'], [eventsToJson(events), 'e.json']] as const) {
          const r = importEvents(text, name, OPTS);
          expect(r.problems).toEqual([]);
          expect(r.events).toEqual(want);
        }
      }),
      runs(150),
    );
  });
});
