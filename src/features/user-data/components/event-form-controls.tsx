import { lazy, Suspense } from 'react';
import type { KrwEvent } from '../../events/model/event-schema';
import { useT } from '../../../i18n/use-t';
import { useEventFormStore } from '../store/event-form-store';

// The form itself is a chunk of its own, fetched when it is first asked for: the page's first view never shows it.
const EventFormDialog = lazy(() => import('./event-form-dialog').then((m) => ({ default: m.EventFormDialog })));

const utcToday = () => new Date().toISOString().slice(0, 10);

/** **Add event**: opens the event form for a new event of the user's. */
export function AddEventButton() {
  const { t } = useT();
  const open = useEventFormStore((s) => s.open);
  return (
    <button type="button" title={t('user-data.add.title')} onClick={() => open({ mode: 'add' })}>
      {t('user-data.add.button')}
    </button>
  );
}

/** The event form while one is asked for (one place in the page renders it). */
export function EventFormHost({ builtInEvents, today = utcToday }: { builtInEvents: readonly KrwEvent[]; today?: () => string }) {
  const request = useEventFormStore((s) => s.request);
  const seq = useEventFormStore((s) => s.seq);
  const close = useEventFormStore((s) => s.close);
  if (!request) return null;
  return (
    <Suspense fallback={null}>
      <EventFormDialog key={seq} request={request} builtInEvents={builtInEvents} onClose={close} today={today()} />
    </Suspense>
  );
}

/** In the event details: **Edit** for an event of the user's, **Copy to your events** for a built-in one. */
export function EventDetailActions({ event, isUser }: { event: KrwEvent; isUser: boolean }) {
  const { t } = useT();
  const open = useEventFormStore((s) => s.open);
  return isUser ? (
    <button type="button" title={t('user-data.detail.editTitle')} onClick={() => open({ mode: 'edit', event })}>
      {t('user-data.detail.edit')}
    </button>
  ) : (
    <button type="button" title={t('user-data.detail.copyTitle')} onClick={() => open({ mode: 'copy', event })}>
      {t('user-data.detail.copy')}
    </button>
  );
}
