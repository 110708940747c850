import fc from 'fast-check';
import { runs } from '../../../lib/property-runs';
import { eventArb, eventsArb } from './event-arbitraries';
import { checkEvent, pickEventFields } from './event-fields';
import { listBackups, storeBackup, MAX_BACKUPS, type KeyValueStorage } from './user-events-backups';
import { readUserEvents, USER_EVENTS_BACKUP_KEY, writeUserEvents, writeUserEventsSteps } from './user-events-storage';
import { runSteps } from '../../../lib/steps';

/*
 * Stored user events (`krw-lens:user-events`, and the backups under `krw-lens:user-events.backup…`):
 * whatever text is found there, reading it never throws, gives the events or says what was lost,
 * and keeps every event that was still readable.
 */

const hostile = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.jsonValue().map((v) => JSON.stringify(v) ?? ''),
  fc.tuple(fc.constantFrom(0, 1, 2, -1, 1.5, '1', null), fc.array(fc.oneof(fc.anything(), eventArb), { maxLength: 5 })).map(([version, events]) => JSON.stringify({ version, events }) ?? ''),
  fc.array(fc.constantFrom('{', '}', '[', ']', '"', '\\', ',', ':', '"version"', '"events"', '1', ' ', '{"version":1,"events":[', '\uFEFF'), { maxLength: 30 }).map((p) => p.join('')),
);

/** The text of each stored event as writeUserEvents lays it out, with where it ends. */
function layout(events: readonly ReturnType<typeof pickEventFields>[]): { text: string; ends: number[] } {
  let text = '{"version":1,"events":[';
  const ends: number[] = [];
  events.forEach((e, i) => {
    text += (i ? ',' : '') + JSON.stringify(e);
    ends.push(text.length);
  });
  return { text: `${text}]}`, ends };
}

describe('stored user events: properties', () => {
  // Guards: an exception on damaged storage (the app would not start), an event let in that the
  // checks refuse, damage that is not reported (and so not backed up before it is written over).
  it('any stored text: no exception; valid events with distinct ids; damage reported and marked for a backup', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const r = readUserEvents(text);
        expect(new Set(r.events.map((e) => e.id)).size).toBe(r.events.length);
        for (const e of r.events) expect(checkEvent({ ...e })).toEqual({ event: e, cleaned: [] });
        if (r.stored === 'none') expect(r.problems).toEqual([]);
        else expect(r.problems.length).toBeGreaterThan(0);
        if (r.stored === 'backup') expect(r.recovery).toBeDefined();
      }),
      runs(400),
    );
  });

  // Guards: a field the stored form drops (tags, importance, the Korean texts), a repeat of the
  // first write not read as the current version.
  it('what the app writes reads back unchanged, with nothing to report', () => {
    fc.assert(
      fc.property(eventsArb(8), (events) => {
        const r = readUserEvents(writeUserEvents(events));
        expect(r).toEqual({ events: events.map(pickEventFields), problems: [], stored: 'none' });
      }),
      runs(200),
    );
  });

  // The sliced writer (a big import) against the one JSON.stringify of the whole stored form.
  it('the text made in steps is the text written at once, to the character', () => {
    // Some lists long enough to cross the writer's pauses (every 256 events).
    const many = fc.tuple(eventArb, fc.integer({ min: 257, max: 700 })).map(([e, n]) => Array.from({ length: n }, (_, i) => ({ ...e, id: `${e.id}-${i}` })));
    fc.assert(
      fc.property(fc.oneof(eventsArb(8), many), (events) => {
        expect(runSteps(writeUserEventsSteps(events))).toBe(writeUserEvents(events));
      }),
      runs(60),
    );
  });

  // Guards: recovery that gives up on a cut write (losing every event) or keeps a half item.
  // (The junk after the cut never closes an object: `…"importance":1}` would be a whole, valid item.)
  it('a write cut anywhere keeps every event whose text was complete, and marks the rest for a backup', () => {
    fc.assert(
      fc.property(eventsArb(6).filter((es) => es.length > 0), fc.nat(), fc.constantFrom('', 'junk', '\u0000', ']', ','), (events, at, tail) => {
        const stored = events.map(pickEventFields);
        const { text, ends } = layout(stored);
        expect(text).toBe(writeUserEvents(events));
        const cut = 1 + (at % (text.length - 1)); // a cut inside the text (the whole text is the case above)
        const r = readUserEvents(text.slice(0, cut) + tail);
        const whole = ends.filter((end) => end <= cut).length;
        expect(r.events).toEqual(stored.slice(0, whole));
        expect(r.stored).toBe('backup');
      }),
      runs(300),
    );
  });
});

/** Web Storage in memory (the part the backups use). */
function memoryStorage(entries: Record<string, string> = {}): KeyValueStorage & { map: Map<string, string> } {
  const map = new Map(Object.entries(entries));
  return {
    map,
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, String(v)),
    removeItem: (k) => void map.delete(k),
  };
}

describe('backups of the stored events: properties', () => {
  // Guards: a backup key whose text is lost or mixed up with another's, a copy stored twice, more
  // than MAX_BACKUPS kept, the backup being restored dropped to make room.
  it('any texts under backup keys are listed as stored; a new copy is kept verbatim and the count stays bounded', () => {
    const backupKey = fc.oneof(
      fc.constant(USER_EVENTS_BACKUP_KEY),
      fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }).map((t) => `${USER_EVENTS_BACKUP_KEY}:${new Date(t).toISOString()}`),
    );
    const stored = fc.dictionary(backupKey, fc.string({ maxLength: 40 }), { maxKeys: 7 });
    fc.assert(
      fc.property(stored, fc.string({ maxLength: 40 }), fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }), (entries, text, now) => {
        const s = memoryStorage({ ...entries, 'krw-lens:user-events': 'x', other: 'y' });
        expect(listBackups(s).map((b) => [b.key, b.text]).sort()).toEqual(Object.entries(entries).sort());
        const keep = Object.keys(entries)[0];
        const res = storeBackup(s, text, new Date(now), new Set(keep ? [keep] : []));
        if (!res.ok) throw res.error;
        expect(s.getItem(res.key)).toBe(text);
        if (keep) expect(s.getItem(keep)).toBe(entries[keep]);
        const after = listBackups(s);
        const copies = Object.values(entries).filter((t) => t === text).length;
        expect(res.created).toBe(copies === 0);
        if (res.created) {
          expect(after.length).toBe(Math.min(MAX_BACKUPS, Object.keys(entries).length + 1));
          expect(after.filter((b) => b.text === text)).toHaveLength(1);
        } else expect(after.length).toBe(Object.keys(entries).length); // nothing written, nothing dropped
        expect(s.getItem('krw-lens:user-events')).toBe('x');
        expect(s.getItem('other')).toBe('y');
      }),
      runs(300),
    );
  });
});
