import { msg, type Msg } from '../../../i18n/message';
import { IMPORTANCE_LABEL, type Importance } from './event-constants';
import type { KrwEvent } from './event-schema';

/**
 * How the built-in events are rated (ISSUE 11, item 4):
 * - 3 major: nuclear tests, the first flights of a new ICBM class, UN resolutions with sectoral
 *   sanctions, deadly attacks, crisis-level central-bank or state action (emergency or record
 *   rate moves, swap lines, guarantees), constitutional crises, summits, the won's multi-year
 *   extremes;
 * - 2 notable: other missile and satellite launches, other UN actions, turning points and
 *   half-point moves of the Bank of Korea, FX-market reforms, broad unilateral sanctions,
 *   diplomatic meetings and global shocks;
 * - 1 routine: designations of named people and firms, quarter-point moves that continue a
 *   cycle, statements.
 * An imported event may carry no rating: it is shown as "unrated" and no `imp` filter hides it
 * (nothing is known about it, and hiding a user's own event without a reason would surprise).
 */
export function importanceMsg(e: Pick<KrwEvent, 'importance'>): Msg {
  return e.importance ? msg(`importance.${e.importance}`) : msg('events.importance.unrated');
}

/**
 * The English word (routine, notable, major, unrated), for code that has no translator yet.
 * @deprecated Views show `importanceMsg(e)` through `tm`.
 */
export function importanceText(e: Pick<KrwEvent, 'importance'>): string {
  return e.importance ? IMPORTANCE_LABEL[e.importance] : 'unrated';
}

/** True when the event is shown at minimum importance `min` (an unrated event always is). */
export function meetsImportance(e: Pick<KrwEvent, 'importance'>, min: Importance): boolean {
  return e.importance === undefined || e.importance >= min;
}
