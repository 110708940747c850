import type { Recovery } from '../model/user-events-storage';
import { msg, type Msg } from '../../../i18n/message';
import { MAX_NOTICE_CHARS, shorten } from '../../../lib/notice-text';

/** Why changes stay in the page only. */
export type SessionReason = 'no-storage' | 'read-error' | 'newer-version' | 'backup-failed' | 'read-only' | 'started-without' | 'spill-unreadable';

/** "changes to your events are kept until this page is closed" (a clause). */
export const SESSION_ONLY: Msg = msg('user-data.session.only');

/** A notice is never longer than MAX_NOTICE_CHARS; longer text ends in "…". */
export function clip(text: string, max = MAX_NOTICE_CHARS): string {
  return shorten(text, max);
}

/** Why changes stay in the page only (a clause). */
export function sessionWhy(reason: SessionReason): Msg {
  return msg(`user-data.session.why.${reason}`);
}

/** The import notice's line when the imported events could not be saved. */
export function notSavedLine(why: Msg | string): Msg {
  return msg('user-data.session.notSavedLine', { why });
}

/** How many reading problems are listed one per notice before "… and N more". */
const MAX_LISTED = 8;

/** The reader's problems as notices: at most MAX_LISTED (the notice bar shortens each), then a count of the rest. */
export function listProblems(problems: readonly Msg[]): Msg[] {
  const shown = problems.slice(0, MAX_LISTED);
  const more = problems.length - shown.length;
  return more > 0 ? [...shown, msg('user-data.stored.more', { n: more })] : shown;
}

function whereItStops(r: Recovery): Msg {
  switch (r.stop) {
    case 'cut-in-item':
      return msg('user-data.recovery.cutInItem', { item: r.item });
    case 'cut-after-item':
      return msg('user-data.recovery.cutAfterItem', { item: r.item });
    case 'junk':
      return msg('user-data.recovery.junk', { item: r.item });
    case 'bad-items':
      return msg('user-data.recovery.badItems', { n: r.item });
    default:
      return msg('user-data.recovery.rest');
  }
}

/**
 * The notice shown after damaged stored data was read and backed up. Nothing is
 * written over the stored data until the user dismisses it or changes their events.
 */
export function holdNotice(r: Recovery | undefined, backupKey: string): Msg {
  return r && r.recovered > 0
    ? msg('user-data.recovery.hold', { n: r.recovered, where: whereItStops(r), key: backupKey })
    : msg('user-data.recovery.holdNone', { key: backupKey });
}
