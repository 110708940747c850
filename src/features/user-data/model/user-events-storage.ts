import { msg, type Msg } from '../../../i18n/message';
import type { KrwEvent } from '../../events/model/event-schema';
import { checkEvent, pickEventFields } from './event-fields';
import { scanEventsArray } from './scan-json-array';
import { storedEvent } from './stored-event-check';
import { runSteps, ticker, type Steps } from '../../../lib/steps';

export { USER_EVENTS_KEY } from './user-events-key';
/** Where older versions of the app copied damaged stored text (one copy); still read as a backup. */
export const USER_EVENTS_BACKUP_KEY = 'krw-lens:user-events.backup';
export const USER_EVENTS_VERSION = 1;

export interface StoredEvents {
  events: KrwEvent[];
  /** What was wrong with the stored data, for the notice bar. */
  /** What could not be read, as messages (the store turns them into notices). */
  problems: Msg[];
  /**
   * What to do with the stored text: nothing ('none'); copy it to the backup
   * key before overwriting it, since part of it could not be read ('backup');
   * never overwrite it, since a newer version of the app wrote it ('keep').
   */
  stored: 'none' | 'backup' | 'keep';
  /** When part of the data could not be read ('backup'): how many events were kept and where reading stopped. */
  recovery?: Recovery;
}

export interface Recovery {
  /** Events kept from the damaged data. */
  recovered: number;
  /**
   * Why the rest could not be read: the text is not JSON at all, or is not in a known form
   * ('unreadable'); it stops in the middle of item `item` ('cut-in-item') or after item `item`
   * ('cut-after-item'); something else follows item `item` ('junk'); `item` items could not be
   * read or repeat an id ('bad-items').
   */
  stop: 'unreadable' | 'cut-in-item' | 'cut-after-item' | 'junk' | 'bad-items';
  item: number;
}


function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** An item of a damaged store whose text is not JSON. */
const UNPARSEABLE = Symbol('unparseable');

/**
 * Checks each stored event like an import: good ones kept, bad ones and repeated ids reported.
 * As steps (lib/steps), with a point to pause every 512 items: 50,000 stored events took ~0.2 s.
 */
function* readListSteps(list: readonly unknown[]): Steps<StoredEvents> {
  const events: KrwEvent[] = [];
  const problems: Msg[] = [];
  const seen = new Set<string>();
  const tick = ticker(512);
  for (let i = 0; i < list.length; i++) {
    if (tick()) yield;
    const item = list[i];
    // What the app wrote passes the fast check; anything else gets the full check and its reasons.
    const fast = isObject(item) ? storedEvent(item) : null;
    const res = fast ? { event: fast }
      : isObject(item) ? checkEvent(item)
      : { error: msg(item === UNPARSEABLE ? 'user-data.stored.damaged' : 'user-data.stored.notObject') };
    if ('error' in res) problems.push(msg('user-data.stored.itemUnreadable', { item: i + 1, why: res.error }));
    else if (seen.has(res.event.id)) problems.push(msg('user-data.stored.repeatId', { item: i + 1, id: res.event.id }));
    else {
      seen.add(res.event.id);
      events.push(res.event);
    }
  }
  if (!problems.length) return { events, problems, stored: 'none' };
  return { events, problems, stored: 'backup', recovery: { recovered: events.length, stop: 'bad-items', item: problems.length } };
}

function readList(list: readonly unknown[]): StoredEvents {
  return runSteps(readListSteps(list));
}

function newerVersion(version: number): StoredEvents {
  return {
    events: [],
    problems: [msg('user-data.stored.newer', { version })],
    stored: 'keep',
  };
}

const UNREADABLE: Recovery = { recovered: 0, stop: 'unreadable', item: 0 };

/** Brings parsed stored data of any known version to the current one. Never throws. */
export function migrate(raw: unknown): StoredEvents {
  if (raw === null || raw === undefined) return { events: [], problems: [], stored: 'none' };
  // Version 0: a bare array of events.
  if (Array.isArray(raw)) return readList(raw);
  if (isObject(raw) && typeof raw.version === 'number') {
    if (raw.version > USER_EVENTS_VERSION) return newerVersion(raw.version);
    if (raw.version === 1 && Array.isArray(raw.events)) return readList(raw.events);
  }
  return {
    events: [],
    problems: [msg('user-data.stored.unknownForm')],
    stored: 'backup',
    recovery: UNREADABLE,
  };
}

function parseItem(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return UNPARSEABLE;
  }
}

/**
 * Reads what can be read of stored text that is not valid JSON: every complete
 * item of its events array that parses and passes the checks.
 */
function recover(text: string): StoredEvents {
  const scan = scanEventsArray(text);
  if (!scan) return { events: [], problems: [msg('user-data.stored.unreadable')], stored: 'backup', recovery: UNREADABLE };
  if (scan.version !== null && scan.version > USER_EVENTS_VERSION) return newerVersion(scan.version);
  const read = readList(scan.items.map(parseItem));
  const n = scan.items.length;
  const stop: Recovery =
    scan.end === 'cut-in-item' ? { recovered: read.events.length, stop: 'cut-in-item', item: n + 1 }
    : scan.end === 'junk' ? { recovered: read.events.length, stop: 'junk', item: n }
    : { recovered: read.events.length, stop: 'cut-after-item', item: n };
  const problems = read.events.length ? read.problems : [msg('user-data.stored.unreadable'), ...read.problems];
  return { events: read.events, problems, stored: 'backup', recovery: stop };
}

/**
 * Reads the stored text (null when nothing is stored). Damaged text is read as far as it
 * can be: every complete item that parses and checks is kept. Never throws.
 */
export function readUserEvents(text: string | null): StoredEvents {
  return runSteps(readUserEventsSteps(text));
}

/**
 * readUserEvents as steps: the same result, with points to pause while the events are checked (a
 * large set read from IndexedDB). The JSON.parse of the whole text stays one call.
 */
export function* readUserEventsSteps(text: string | null): Steps<StoredEvents> {
  if (text === null || text.trim() === '') return { events: [], problems: [], stored: 'none' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return recover(text);
  }
  // The current form (as migrate reads it), in steps; any other form through migrate.
  if (isObject(raw) && raw.version === USER_EVENTS_VERSION && Array.isArray(raw.events)) return yield* readListSteps(raw.events);
  if (Array.isArray(raw)) return yield* readListSteps(raw);
  return migrate(raw);
}

/** The current stored form. */
export function writeUserEvents(events: readonly KrwEvent[]): string {
  return JSON.stringify({ version: USER_EVENTS_VERSION, events: events.map(pickEventFields) });
}

/**
 * writeUserEvents as steps (lib/steps): the same text, each event's JSON made apart and joined,
 * with a point where the caller may give the main thread back every 256 events (the JSON of
 * 20,000 events took ~0.1 s of one task).
 */
export function* writeUserEventsSteps(events: readonly KrwEvent[]): Steps<string> {
  const tick = ticker(256);
  const parts: string[] = [];
  for (const e of events) {
    parts.push(JSON.stringify(pickEventFields(e)));
    if (tick()) yield;
  }
  return `{"version":${USER_EVENTS_VERSION},"events":[${parts.join(',')}]}`;
}
