import { offsetMinutes } from '../lib/units';

export const SEOUL = 'Asia/Seoul';

/** The wall clock in Seoul at instant `at` (UTC ms): date YYYY-MM-DD and time HH:MM. */
export function seoulWallTime(at: number): { date: string; time: string } {
  const wall = new Date(at + offsetMinutes(at, SEOUL) * 60_000).toISOString();
  return { date: wall.slice(0, 10), time: wall.slice(11, 16) };
}

/**
 * When an event happened, for presenter mode: its own date, and for an event with a time the
 * date and time in Seoul (its announcement instant `at` read on Seoul's clock). A date-only event
 * has no time in Seoul: its date is the announcing body's, as the list shows it.
 */
export function presenterWhen(e: { date: string; time?: string | null; at: number }): { date: string; seoul: { date: string; time: string } | null } {
  return { date: e.date, seoul: e.time ? seoulWallTime(e.at) : null };
}
