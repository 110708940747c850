import type { KrwEvent } from '../../events/model/event-schema';
import { checkEvent, pickEventFields } from './event-fields';

/**
 * The stored form of the user's events, versioned so that what people saved
 * keeps loading after the app changes:
 *
 * - version 0: a bare JSON array of events (before versioning);
 * - version 1: `{ "version": 1, "events": [...] }` (current).
 *
 * Each version has a migration to the current one. Data from a newer app
 * (a higher version) is refused and must be left as it is.
 */
export const USER_EVENTS_KEY = 'krw-lens:user-events';
/** Where the raw stored text is copied before it is overwritten, when part of it could not be read. */
export const USER_EVENTS_BACKUP_KEY = 'krw-lens:user-events.backup';
export const USER_EVENTS_VERSION = 1;

export interface StoredEvents {
  events: KrwEvent[];
  /** What was wrong with the stored data, for the notice bar. */
  problems: string[];
  /**
   * What to do with the stored text: nothing ('none'); copy it to the backup
   * key before overwriting it, since part of it could not be read ('backup');
   * never overwrite it, since a newer version of the app wrote it ('keep').
   */
  stored: 'none' | 'backup' | 'keep';
}

const LABEL = 'Your saved events';

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Checks each stored event like an import: good ones kept, bad ones and repeated ids reported. */
function readList(list: readonly unknown[]): StoredEvents {
  const events: KrwEvent[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  list.forEach((item, i) => {
    const res = isObject(item) ? checkEvent(item) : { error: 'not an object with event fields' };
    if ('error' in res) problems.push(`${LABEL}: item ${i + 1} could not be read (${res.error})`);
    else if (seen.has(res.event.id)) problems.push(`${LABEL}: item ${i + 1} repeats the id ${res.event.id}; the first one is used`);
    else {
      seen.add(res.event.id);
      events.push(res.event);
    }
  });
  return { events, problems, stored: problems.length ? 'backup' : 'none' };
}

/** Brings parsed stored data of any known version to the current one. Never throws. */
export function migrate(raw: unknown): StoredEvents {
  if (raw === null || raw === undefined) return { events: [], problems: [], stored: 'none' };
  // Version 0: a bare array of events.
  if (Array.isArray(raw)) return readList(raw);
  if (isObject(raw) && typeof raw.version === 'number') {
    if (raw.version > USER_EVENTS_VERSION) {
      return {
        events: [],
        problems: [
          `${LABEL} were written by a newer version of KRW Event Lens (format ${raw.version}); ` +
            'they are left as they are, and changes made here are kept for this session only',
        ],
        stored: 'keep',
      };
    }
    if (raw.version === 1 && Array.isArray(raw.events)) return readList(raw.events);
  }
  return {
    events: [],
    problems: [`${LABEL} are in a form this app does not know`],
    stored: 'backup',
  };
}

/** Reads the stored text (null when nothing is stored). Never throws. */
export function readUserEvents(text: string | null): StoredEvents {
  if (text === null || text.trim() === '') return { events: [], problems: [], stored: 'none' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { events: [], problems: [`${LABEL} could not be read (damaged data)`], stored: 'backup' };
  }
  return migrate(raw);
}

/** The current stored form. */
export function writeUserEvents(events: readonly KrwEvent[]): string {
  return JSON.stringify({ version: USER_EVENTS_VERSION, events: events.map(pickEventFields) });
}
