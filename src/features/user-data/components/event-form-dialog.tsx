import { useId, useMemo, useState } from 'react';
import { CATEGORIES, CATEGORY_INFO, type Category } from '../../../config/categories';
import { IMPORTANCE_LABEL, IMPORTANCE_LEVELS, type KrwEvent } from '../../events/model/event-schema';
import { checkDraft, copyId, draftFrom, draftId, emptyDraft, type EventDraft, type IdOwner } from '../model/event-draft';
import { importDateRange, type EventField } from '../model/event-fields';
import type { EventFormRequest } from '../store/event-form-store';
import { useUserEventsStore } from '../store/user-events-store';
import { EventFormField, type ControlProps } from './event-form-field';
import { ModalDialog } from './modal-dialog';

const TITLES = { add: 'Add event', edit: 'Edit your event', copy: 'Copy to your events' } as const;

interface Props {
  request: EventFormRequest;
  builtInEvents: readonly KrwEvent[];
  onClose: () => void;
  /** Today (YYYY-MM-DD) for the accepted dates, as for an import. */
  today: string;
}

/**
 * The event form: add an event, edit or delete one of the user's (Delete asks first), or copy
 * a built-in one into an event of the user's. Each field shows its one message (the checks and
 * words of an import) once it is changed, all of them on Save. Saving goes through the store.
 */
export function EventFormDialog({ request, builtInEvents, onClose, today }: Props) {
  const userEvents = useUserEventsStore((s) => s.events);
  const saveOne = useUserEventsStore((s) => s.saveOne);
  const remove = useUserEventsStore((s) => s.remove);
  const base = useId();
  const editing = request.mode === 'edit' ? request.event.id : null;
  const owner = useMemo(() => {
    const builtIn = new Set(builtInEvents.map((e) => e.id));
    const mine = new Set(userEvents.map((e) => e.id));
    return (id: string): IdOwner | null => (builtIn.has(id) ? 'built-in' : mine.has(id) ? 'yours' : null);
  }, [builtInEvents, userEvents]);
  const [draft, setDraft] = useState<EventDraft>(() =>
    request.mode === 'add' ? emptyDraft() : draftFrom(request.event, request.mode === 'copy' ? copyId(request.event.id, (id) => owner(id) !== null) : undefined),
  );
  const [touched, setTouched] = useState<ReadonlySet<EventField>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const check = checkDraft(draft, { owner, editing, dateRange: importDateRange(today) });
  const errors = 'errors' in check ? check.errors : {};
  const fieldId = (f: EventField) => `${base}-${f}`;
  const errorOf = (f: EventField) => (submitted || touched.has(f) ? errors[f] : undefined);

  const text = (f: Exclude<EventField, 'category' | 'importance'>, extra: Record<string, string> = {}) => (c: ControlProps) => (
    <input
      {...c}
      {...extra}
      type="text"
      value={draft[f]}
      onChange={(e) => {
        const v = e.currentTarget.value;
        setDraft((d) => ({ ...d, [f]: v }));
        setTouched((t) => new Set(t).add(f));
      }}
    />
  );

  const save = () => {
    if ('errors' in check) {
      setSubmitted(true);
      const first = Object.keys(errors).find((f): f is EventField => f !== 'entry');
      if (first) document.getElementById(fieldId(first))?.focus();
      return;
    }
    saveOne(check.event, editing);
    onClose();
  };

  const del = () => {
    if (request.mode !== 'edit') return;
    const e = request.event;
    if (!window.confirm(`Delete "${e.title}" (${e.date}) from your events? This cannot be undone.`)) return;
    remove(e.id);
    onClose();
  };

  // The id an empty field stands for, once date and title are good.
  const autoId = draft.id.trim() || errors.date || errors.title ? '' : draftId(draft);
  return (
    <ModalDialog title={TITLES[request.mode]} onClose={onClose} className="event-form-dialog">
      {request.mode === 'copy' && <p className="small muted">A copy of the built-in event, as an event of yours you can change.</p>}
      <form
        className="event-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <EventFormField id={fieldId('title')} label="Title" error={errorOf('title')} wide>
          {text('title')}
        </EventFormField>
        <EventFormField id={fieldId('date')} label="Date" error={errorOf('date')} hint="YYYY-MM-DD">
          {text('date', { placeholder: 'YYYY-MM-DD', inputMode: 'numeric' })}
        </EventFormField>
        <EventFormField id={fieldId('time')} label="Time (optional)" error={errorOf('time')} hint="HH:MM, 24 h">
          {text('time', { placeholder: 'HH:MM', inputMode: 'numeric' })}
        </EventFormField>
        <EventFormField id={fieldId('timezone')} label="Time zone" error={errorOf('timezone')}>
          {text('timezone')}
        </EventFormField>
        <EventFormField id={fieldId('category')} label="Category" error={errorOf('category')}>
          {(c) => (
            <select
              {...c}
              value={draft.category}
              onChange={(e) => {
                const v = e.currentTarget.value as Category | '';
                setDraft((d) => ({ ...d, category: v }));
                setTouched((t) => new Set(t).add('category'));
              }}
            >
              <option value="">Choose…</option>
              {CATEGORIES.map((k) => (
                <option key={k} value={k}>
                  {CATEGORY_INFO[k].label}
                </option>
              ))}
            </select>
          )}
        </EventFormField>
        <EventFormField id={fieldId('importance')} label="Importance (optional)" error={errorOf('importance')}>
          {(c) => (
            <select
              {...c}
              value={draft.importance}
              onChange={(e) => {
                const v = e.currentTarget.value;
                setDraft((d) => ({ ...d, importance: v }));
                setTouched((t) => new Set(t).add('importance'));
              }}
            >
              <option value="">Unrated</option>
              {IMPORTANCE_LEVELS.map((k) => (
                <option key={k} value={String(k)}>
                  {k} · {IMPORTANCE_LABEL[k]}
                </option>
              ))}
            </select>
          )}
        </EventFormField>
        <EventFormField id={fieldId('actor')} label="Actor (optional)" error={errorOf('actor')}>
          {text('actor')}
        </EventFormField>
        <EventFormField id={fieldId('source_url')} label="Source link (optional)" error={errorOf('source_url')}>
          {text('source_url', { placeholder: 'https://…', inputMode: 'url' })}
        </EventFormField>
        <EventFormField id={fieldId('summary')} label="Summary (optional)" error={errorOf('summary')} wide>
          {(c) => (
            <textarea
              {...c}
              value={draft.summary}
              onChange={(e) => {
                const v = e.currentTarget.value;
                setDraft((d) => ({ ...d, summary: v }));
                setTouched((t) => new Set(t).add('summary'));
              }}
            />
          )}
        </EventFormField>
        <EventFormField id={fieldId('tags')} label="Tags (optional)" error={errorOf('tags')} hint="separated by ;">
          {text('tags')}
        </EventFormField>
        <EventFormField
          id={fieldId('id')}
          label="Id"
          error={errorOf('id')}
          hint={draft.id.trim() ? undefined : autoId ? `empty: ${autoId}` : 'empty: made from date and title'}
        >
          {text('id', { spellCheck: 'false' })}
        </EventFormField>
        <div className="event-form-actions">
          {request.mode === 'edit' && (
            <button type="button" onClick={del}>
              Delete
            </button>
          )}
          <span className="spacer" />
          <button type="submit">Save</button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
