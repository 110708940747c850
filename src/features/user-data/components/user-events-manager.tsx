import { useMemo, useState } from 'react';
import { LIST_MORE, LIST_STEP } from '../../events/model/list-window';
import { useUserEventsStore } from '../store/user-events-store';

// Dates are YYYY-MM-DD and ids lowercase ASCII: code-unit order is their order (no collator needed).
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** "Your events (N)": the user's own events, each with Remove, and "Remove all your events" (asks first). */
export function UserEventsManager() {
  const events = useUserEventsStore((s) => s.events);
  const writable = useUserEventsStore((s) => s.writable);
  const remove = useUserEventsStore((s) => s.remove);
  const clear = useUserEventsStore((s) => s.clear);
  const [open, setOpen] = useState(false);
  // Sorted only while the dialog is open; it renders the first LIST_STEP, "Show more" adds more.
  const [limit, setLimit] = useState(LIST_STEP);
  const sorted = useMemo(() => (open ? [...events].sort((a, b) => byCodeUnits(a.date, b.date) || byCodeUnits(a.id, b.id)) : []), [events, open]);
  if (!events.length) return null;
  const removeAll = () => {
    const n = events.length;
    const ok = window.confirm(
      `Remove all ${n === 1 ? 'of your events (1)' : `${n} of your events`} from this browser? This cannot be undone: use Export events first to keep a copy.`,
    );
    if (!ok) return;
    clear();
    setOpen(false);
  };
  return (
    <>
      <button type="button" aria-expanded={open} onClick={() => setOpen((v) => !v)}>
        Your events ({events.length})
      </button>
      {open && (
        <div className="embed-dialog user-events-dialog" role="dialog" aria-label="Your events">
          <p className="small muted">
            Events you imported, kept in this browser{writable ? '' : ' for this session only'}. They show in the list marked “yours”.
          </p>
          <ul className="user-events-list">
            {sorted.slice(0, limit).map((e) => (
              <li key={e.id}>
                <span className="event-item-date">{e.date}</span>
                <span className="user-event-title">{e.title}</span>
                <button type="button" aria-label={`Remove ${e.title} (${e.date})`} onClick={() => remove(e.id)}>
                  Remove
                </button>
              </li>
            ))}
          </ul>
          {sorted.length > limit && (
            <p className="small muted">
              {limit.toLocaleString('en-US')} of {sorted.length.toLocaleString('en-US')} shown.{' '}
              <button type="button" onClick={() => setLimit((n) => n + LIST_MORE)}>
                Show {Math.min(LIST_MORE, sorted.length - limit).toLocaleString('en-US')} more
              </button>
            </p>
          )}
          <div className="row">
            <button type="button" onClick={removeAll}>
              Remove all your events
            </button>
            <button type="button" onClick={() => setOpen(false)}>
              Close
            </button>
          </div>
        </div>
      )}
    </>
  );
}
