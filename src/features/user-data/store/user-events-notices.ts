import type { Recovery } from '../model/user-events-storage';
import { translate } from '../../../i18n/i18n';
import type { Msg } from '../../../i18n/message';
import { MAX_NOTICE_CHARS, shorten } from '../../../lib/notice-text';

/** Why changes stay in the page only. */
export type SessionReason = 'no-storage' | 'read-error' | 'newer-version' | 'backup-failed' | 'read-only' | 'started-without';

export const SESSION_ONLY = 'changes to your events are kept until this page is closed';

/** A notice is never longer than MAX_NOTICE_CHARS; longer text ends in "…". */
export function clip(text: string, max = MAX_NOTICE_CHARS): string {
  return shorten(text, max);
}

const WHY: Record<SessionReason, string> = {
  'no-storage': 'this browser does not let the app store data',
  'read-error': 'your saved events could not be read from this browser’s storage',
  'newer-version': 'your saved events were written by a newer version of KRW Event Lens and are left as they are',
  'backup-failed': 'your damaged saved events could not be backed up (the storage may be full), so nothing is written over them',
  'read-only': 'the embedded view stores nothing',
  'started-without': 'you started without your saved events; they are left as they are until this tab is closed',
};

export function sessionWhy(reason: SessionReason): string {
  return WHY[reason];
}

/** The import notice's line when the imported events could not be saved. */
export function notSavedLine(why: string): string {
  return clip(`Not saved — they will be gone when you reload (${why}). Use Export events to keep a copy.`);
}

/** How many reading problems are listed one per notice before "… and N more". */
const MAX_LISTED = 8;

/** The reader's problems as notices: each clipped, at most MAX_LISTED, then a count of the rest. */
export function listProblems(problems: readonly Msg[]): string[] {
  const shown = problems.slice(0, MAX_LISTED).map((p) => clip(translate(p)));
  const more = problems.length - shown.length;
  return more > 0 ? [...shown, `Your saved events: … and ${more} more item${more === 1 ? '' : 's'} could not be read`] : shown;
}

function whereItStops(r: Recovery): string {
  switch (r.stop) {
    case 'cut-in-item':
      return `the data stops in the middle of item ${r.item}`;
    case 'cut-after-item':
      return `the data stops after item ${r.item}`;
    case 'junk':
      return `the data after item ${r.item} could not be read`;
    case 'bad-items':
      return `${r.item} item${r.item === 1 ? '' : 's'} could not be used`;
    default:
      return 'the rest could not be read';
  }
}

/**
 * The notice shown after damaged stored data was read and backed up. Nothing is
 * written over the stored data until the user dismisses it or changes their events.
 */
export function holdNotice(r: Recovery | undefined, backupKey: string): string {
  const head = r && r.recovered > 0
    ? `Recovered ${r.recovered} of your events from damaged storage; ${whereItStops(r)}.`
    : 'None of your saved events could be read.';
  return clip(
    `${head} The damaged data is kept as a backup ("${backupKey}", listed in Your events); ` +
      'nothing is saved over it until you dismiss this notice or change your events.',
  );
}
