import { useMemo, useState } from 'react';
import { LIST_MORE, LIST_STEP } from '../../events/model/list-window';
import { useEventFormStore } from '../store/event-form-store';
import { useUserEventsStore, type UserEventsState } from '../store/user-events-store';
import { sessionWhy } from '../store/user-events-notices';
import { UnsavedBadge } from './unsaved-badge';
import { UserEventBackups } from './user-event-backups';

// Dates are YYYY-MM-DD and ids lowercase ASCII: code-unit order is their order (no collator needed).
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function whereKept(save: UserEventsState['save']): string {
  if (save.mode === 'saved') return 'kept in this browser';
  if (save.mode === 'held') return 'recovered from damaged storage: saved once you dismiss the notice or change them';
  return `kept in this page only (${sessionWhy(save.reason)})`;
}

/**
 * "Your events (N)": the user's own events, each with Remove, "Remove all your events"
 * (asks first), and the backups kept in this browser. A "not saved" badge beside it
 * while the page holds changes that storage does not have. A long list renders its
 * first LIST_STEP events, and "Show more" adds more.
 */
export function UserEventsManager() {
  const events = useUserEventsStore((s) => s.events);
  const save = useUserEventsStore((s) => s.save);
  const unsaved = useUserEventsStore((s) => s.unsaved);
  const unsavedWhy = useUserEventsStore((s) => s.unsavedWhy);
  const backups = useUserEventsStore((s) => s.backups);
  const remove = useUserEventsStore((s) => s.remove);
  const clear = useUserEventsStore((s) => s.clear);
  const openForm = useEventFormStore((s) => s.open);
  const [open, setOpen] = useState(false);
  // Sorted only while the dialog is open; it renders the first LIST_STEP, "Show more" adds more.
  const [limit, setLimit] = useState(LIST_STEP);
  const sorted = useMemo(() => (open ? [...events].sort((a, b) => byCodeUnits(a.date, b.date) || byCodeUnits(a.id, b.id)) : []), [events, open]);
  if (!events.length && !backups.length) return null;
  const removeAll = () => {
    const n = events.length;
    const ok = window.confirm(
      `Remove all ${n === 1 ? 'of your events (1)' : `${n} of your events`} from this browser? This cannot be undone: use Export events first to keep a copy.`,
    );
    if (!ok) return;
    clear();
    if (!backups.length) setOpen(false);
  };
  return (
    <>
      <button type="button" aria-expanded={open} onClick={() => setOpen((v) => !v)}>
        Your events ({events.length})
      </button>
      {unsaved && <UnsavedBadge why={unsavedWhy} />}
      {open && (
        <div className="embed-dialog user-events-dialog" role="dialog" aria-label="Your events">
          <p className="small muted">Events you imported or added, {whereKept(save)}. They show in the list marked “yours”.</p>
          {sorted.length > 0 && (
            <ul className="user-events-list" aria-label="Your events">
              {sorted.slice(0, limit).map((e) => (
                <li key={e.id}>
                  <span className="event-item-date">{e.date}</span>
                  <span className="user-event-title">{e.title}</span>
                  <button type="button" aria-label={`Edit ${e.title} (${e.date})`} onClick={() => openForm({ mode: 'edit', event: e })}>
                    Edit
                  </button>
                  <button type="button" aria-label={`Remove ${e.title} (${e.date})`} onClick={() => remove(e.id)}>
                    Remove
                  </button>
                </li>
              ))}
            </ul>
          )}
          {sorted.length > limit && (
            <p className="small muted">
              {limit.toLocaleString('en-US')} of {sorted.length.toLocaleString('en-US')} shown.{' '}
              <button type="button" onClick={() => setLimit((n) => n + LIST_MORE)}>
                Show {Math.min(LIST_MORE, sorted.length - limit).toLocaleString('en-US')} more
              </button>
            </p>
          )}
          <UserEventBackups keys={backups} current={events.length} />
          <div className="row">
            {events.length > 0 && (
              <button type="button" onClick={removeAll}>
                Remove all your events
              </button>
            )}
            <button type="button" onClick={() => setOpen(false)}>
              Close
            </button>
          </div>
        </div>
      )}
    </>
  );
}
