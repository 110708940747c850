import { useMemo, useState } from 'react';
import type { Msg } from '../../../i18n/message';
import type { T } from '../../../i18n/use-t';
import { useT } from '../../../i18n/use-t';
import { formatCount } from '../../../lib/number-format';
import { LIST_MORE, LIST_STEP } from '../../events/model/list-window';
import { eventTitle } from '../../events/model/localized';
import { useEventFormStore } from '../store/event-form-store';
import { useUserEventsStore, type UserEventsState } from '../store/user-events-store';
import { sessionWhy } from '../store/user-events-notices';
import { UnsavedBadge } from './unsaved-badge';
import { isoDateText } from './date-words';
import { UserEventBackups } from './user-event-backups';

// Dates are YYYY-MM-DD and ids lowercase ASCII: code-unit order is their order (no collator needed).
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function whereKept(t: T, tm: (m: Msg | string) => string, save: UserEventsState['save']): string {
  if (save.mode === 'saved') return t('user-data.manager.intro.saved');
  if (save.mode === 'held') return t('user-data.manager.intro.held');
  return t('user-data.manager.intro.session', { why: tm(sessionWhy(save.reason)) });
}

/**
 * "Your events (N)": the user's own events, each with Remove, "Remove all your events"
 * (asks first), and the backups kept in this browser. A "not saved" badge beside it
 * while the page holds changes that storage does not have. A long list renders its
 * first LIST_STEP events, and "Show more" adds more.
 */
export function UserEventsManager() {
  const { t, tm, lang } = useT();
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
    const ok = window.confirm(t('user-data.manager.removeAllConfirm', { n }));
    if (!ok) return;
    clear();
    if (!backups.length) setOpen(false);
  };
  return (
    <>
      <button type="button" aria-expanded={open} onClick={() => setOpen((v) => !v)}>
        {t('user-data.manager.button', { count: formatCount(events.length) })}
      </button>
      {unsaved && <UnsavedBadge why={unsavedWhy} />}
      {open && (
        <div className="embed-dialog user-events-dialog" role="dialog" aria-label={t('user-data.manager.label')}>
          <p className="small muted">{whereKept(t, tm, save)}</p>
          {sorted.length > 0 && (
            <ul className="user-events-list" aria-label={t('user-data.manager.label')}>
              {sorted.slice(0, limit).map((e) => (
                <li key={e.id}>
                  <span className="event-item-date">{isoDateText(e.date, lang)}</span>
                  <span className="user-event-title">{eventTitle(e, lang)}</span>
                  <button type="button" aria-label={t('user-data.manager.editLabel', { title: eventTitle(e, lang), date: isoDateText(e.date, lang) })} onClick={() => openForm({ mode: 'edit', event: e })}>
                    {t('user-data.detail.edit')}
                  </button>
                  <button type="button" aria-label={t('user-data.manager.removeLabel', { title: eventTitle(e, lang), date: isoDateText(e.date, lang) })} onClick={() => remove(e.id)}>
                    {t('user-data.manager.remove')}
                  </button>
                </li>
              ))}
            </ul>
          )}
          {sorted.length > limit && (
            <p className="small muted">
              {t('user-data.manager.shown', { n: limit, total: sorted.length })}{' '}
              <button type="button" onClick={() => setLimit((n) => n + LIST_MORE)}>
                {t('user-data.manager.showMore', { n: Math.min(LIST_MORE, sorted.length - limit) })}
              </button>
            </p>
          )}
          <UserEventBackups keys={backups} current={events.length} />
          <div className="row">
            {events.length > 0 && (
              <button type="button" onClick={removeAll}>
                {t('user-data.manager.removeAll')}
              </button>
            )}
            <button type="button" onClick={() => setOpen(false)}>
              {t('user-data.close')}
            </button>
          </div>
        </div>
      )}
    </>
  );
}
