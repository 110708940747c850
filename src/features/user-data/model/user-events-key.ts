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
