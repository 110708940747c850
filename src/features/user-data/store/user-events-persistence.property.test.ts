import fc from 'fast-check';
import { MemoryStorage } from '../../../lib/memory-storage';
import { runs } from '../../../lib/property-runs';
import { eventsArb } from '../model/event-arbitraries';
import { listBackups } from '../model/user-events-backups';
import { readUserEvents, USER_EVENTS_KEY, writeUserEvents } from '../model/user-events-storage';
import { loadUserEvents, SKIP_STORED_EVENTS_KEY } from './user-events-persistence';

/*
 * Start-up with whatever is stored under `krw-lens:user-events` (and the session keys beside it):
 * the load never throws, never changes the stored text, keeps a backup of it whenever part of it
 * could not be read, and shows every event that could.
 */

const NOW = new Date(Date.UTC(2026, 4, 15, 12));

function withWindow<T>(local: MemoryStorage, session: MemoryStorage, f: () => T): T {
  vi.stubGlobal('window', { localStorage: local, sessionStorage: session });
  try {
    return f();
  } finally {
    vi.unstubAllGlobals();
  }
}

const stored = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc.jsonValue().map((v) => JSON.stringify(v) ?? ''),
  // A real write, cut or with a character changed.
  fc.tuple(eventsArb(4), fc.nat(), fc.constantFrom('', 'x', '"', '}', ']')).map(([es, at, c]) => {
    const t = writeUserEvents(es);
    const i = at % (t.length + 1);
    return c === '' ? t.slice(0, i) : t.slice(0, i) + c + t.slice(i + 1);
  }),
);
const sessionValue = fc.option(fc.string({ maxLength: 20 }), { nil: undefined });

describe('loading the stored user events: properties', () => {
  // Guards: damaged data written over before a copy exists (data loss), a backup that differs
  // from what was stored, a start-up that throws, events dropped that the reader could read.
  it('any stored text: no exception, the text left as it was, a backup of it whenever something could not be read', () => {
    fc.assert(
      fc.property(stored, sessionValue, fc.boolean(), (text, skip, readOnly) => {
        const local = new MemoryStorage({ [USER_EVENTS_KEY]: text, 'krw-lens:ecb-cache:v1': 'other' });
        const session = new MemoryStorage(skip === undefined ? {} : { [SKIP_STORED_EVENTS_KEY]: skip, 'krw-lens:user-events-moved-aside': skip });
        const loaded = withWindow(local, session, () => loadUserEvents({ readOnly, now: () => NOW }));
        expect(local.getItem(USER_EVENTS_KEY)).toBe(text);
        expect(local.getItem('krw-lens:ecb-cache:v1')).toBe('other');
        if (skip !== undefined) {
          expect(loaded.events).toEqual([]); // "start without them" for this tab
          return;
        }
        const read = readUserEvents(text);
        expect(loaded.events).toEqual(read.events);
        const backups = listBackups(local);
        if (readOnly) expect(backups).toEqual([]); // the embedded view writes nothing
        else if (read.stored === 'backup') {
          expect(loaded.save.mode).toBe('held');
          expect(backups.map((b) => b.text)).toEqual([text]);
        } else expect(backups).toEqual([]);
      }),
      runs(300),
    );
  });
});
