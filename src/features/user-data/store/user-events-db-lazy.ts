import type * as Db from './user-events-db';

/**
 * The IndexedDB side of a large set of the user's events (user-events-db.ts and the `idb` package)
 * as a chunk of its own, fetched the first time a large set is written, read or cleaned up: a set
 * that fits in localStorage (nearly everyone's) never loads it, and the entry chunk stays lighter
 * (it grew by ~4 kB gz with it).
 */
const db = (): Promise<typeof Db> => import('./user-events-db');

export const writeEventsText = async (...a: Parameters<typeof Db.writeEventsText>) => (await db()).writeEventsText(...a);
export const readEventsText = async (...a: Parameters<typeof Db.readEventsText>) => (await db()).readEventsText(...a);
export const readEventsRecord = async (...a: Parameters<typeof Db.readEventsRecord>) => (await db()).readEventsRecord(...a);
export const listEventsTextKeys = async (...a: Parameters<typeof Db.listEventsTextKeys>) => (await db()).listEventsTextKeys(...a);
export const deleteEventsTexts = async (...a: Parameters<typeof Db.deleteEventsTexts>) => (await db()).deleteEventsTexts(...a);
