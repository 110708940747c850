import type { KrwEvent } from '../../events/model/event-schema';
import type { MergeResult } from '../model/merge-user-events';
import type { Msg } from '../../../i18n/message';
import type { SaveMode } from './user-events-persistence';

/** The user-events store's state and actions (the store is in user-events-store.ts). */
export interface UserEventsState {
  /** The user's own events (imported), in the order they came. */
  events: KrwEvent[];
  /** How changes are kept: saved, held until the recovery notice is seen, or for this session only. */
  save: SaveMode;
  /** True while the page holds changes that storage does not have; `unsavedWhy` says why. */
  unsaved: boolean;
  unsavedWhy: Msg | null;
  /** The notice whose dismissal releases a hold (damaged data recovered), or null. */
  holdNotice: Msg | null;
  /** Keys of the backups kept in this browser, newest first. */
  backups: string[];
  /** Messages for the notice bar; the app takes them with takeNotices(). */
  notices: Msg[];
  /** Adds new ids, replaces ids the user already had, skips built-in ids; says whether the result was saved. */
  mergeImported: (imported: readonly KrwEvent[], builtInIds: ReadonlySet<string>) => MergeResult & { notSaved: Msg | null };
  /**
   * mergeImported in several tasks, for a big import: the merged events' stored text is made in
   * slices and written, then the page takes them (and renders them) in a task of its own (the write
   * of 20,000 events and their first render made one task of ~0.6 s).
   * Should the events change in between, the import is merged again into them, in one task.
   */
  mergeImportedAsync: (imported: readonly KrwEvent[], builtInIds: ReadonlySet<string>, pause?: () => Promise<void>) => Promise<MergeResult & { notSaved: Msg | null }>;
  /**
   * Saves one event from the form: replaces the event `replacing` (edit; its id may change)
   * or adds it at the end. Returns why it was not saved (kept in the page), or null.
   */
  saveOne: (event: KrwEvent, replacing: string | null) => Msg | null;
  remove: (id: string) => void;
  clear: () => void;
  takeNotices: () => Msg[];
  /** The user has seen the recovery notice: the recovered events may now be written. */
  releaseHold: () => void;
  /**
   * Replaces the events with restored ones and saves them, even over data the app had left
   * alone (newer or damaged): the caller has kept that as a backup first. Returns why not saved.
   */
  replaceWithRestored: (events: KrwEvent[]) => Msg | null;
}
