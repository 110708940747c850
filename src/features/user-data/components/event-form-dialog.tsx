import { useId, useMemo, useState } from 'react';
import { CATEGORIES, type Category } from '../../../config/categories';
import { categoryLabel, importanceLabel } from '../../../i18n/labels';
import { useT } from '../../../i18n/use-t';
import { eventTitle } from '../../events/model/localized';
import { IMPORTANCE_LEVELS, type KrwEvent } from '../../events/model/event-schema';
import { checkDraft, copyId, draftFrom, draftId, emptyDraft, type EventDraft, type IdOwner } from '../model/event-draft';
import { importDateRange, type EventField } from '../model/event-fields';
import type { EventFormRequest } from '../store/event-form-store';
import { useUserEventsStore } from '../store/user-events-store';
import { EventFormField, type ControlProps } from './event-form-field';
import { isoDateText } from './date-words';
import { ModalDialog } from './modal-dialog';

const TITLES = { add: 'user-data.form.titleAdd', edit: 'user-data.form.titleEdit', copy: 'user-data.form.titleCopy' } as const;

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
  const { t, tm, lang } = useT();
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
  const errorOf = (f: EventField) => {
    const e = submitted || touched.has(f) ? errors[f] : undefined;
    return e === undefined ? undefined : tm(e);
  };

  const text = (f: Exclude<EventField, 'category' | 'importance'>, extra: Record<string, string> = {}) => (c: ControlProps) => (
    <input
      {...c}
      {...extra}
      type="text"
      value={draft[f]}
      onChange={(e) => {
        const v = e.currentTarget.value;
        setDraft((d) => ({ ...d, [f]: v }));
        setTouched((s) => new Set(s).add(f));
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
    if (!window.confirm(t('user-data.form.deleteConfirm', { title: eventTitle(e, lang), date: isoDateText(e.date, lang) }))) return;
    remove(e.id);
    onClose();
  };

  // The id an empty field stands for, once date and title are good.
  const autoId = draft.id.trim() || errors.date || errors.title ? '' : draftId(draft);
  return (
    <ModalDialog title={t(TITLES[request.mode])} onClose={onClose} className="event-form-dialog" closeOnOutside={touched.size === 0}>
      {request.mode === 'copy' && <p className="small muted">{t('user-data.form.copyNote')}</p>}
      <form
        className="event-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <EventFormField id={fieldId('title')} label={t('user-data.form.title')} error={errorOf('title')} wide>
          {text('title')}
        </EventFormField>
        <EventFormField id={fieldId('title_ko')} label={t('user-data.form.titleKo')} error={errorOf('title_ko')} hint={t('user-data.form.koHint')} wide>
          {text('title_ko', { lang: 'ko' })}
        </EventFormField>
        <EventFormField id={fieldId('date')} label={t('user-data.form.date')} error={errorOf('date')} hint={t('user-data.form.dateHint')}>
          {text('date', { placeholder: 'YYYY-MM-DD', inputMode: 'numeric' })}
        </EventFormField>
        <EventFormField id={fieldId('time')} label={t('user-data.form.time')} error={errorOf('time')} hint={t('user-data.form.timeHint')}>
          {text('time', { placeholder: 'HH:MM', inputMode: 'numeric' })}
        </EventFormField>
        <EventFormField id={fieldId('timezone')} label={t('user-data.form.timezone')} error={errorOf('timezone')}>
          {text('timezone')}
        </EventFormField>
        <EventFormField id={fieldId('category')} label={t('user-data.form.category')} error={errorOf('category')}>
          {(c) => (
            <select
              {...c}
              value={draft.category}
              onChange={(e) => {
                const v = e.currentTarget.value as Category | '';
                setDraft((d) => ({ ...d, category: v }));
                setTouched((s) => new Set(s).add('category'));
              }}
            >
              <option value="">{t('user-data.form.choose')}</option>
              {CATEGORIES.map((k) => (
                <option key={k} value={k}>
                  {categoryLabel(t, k)}
                </option>
              ))}
            </select>
          )}
        </EventFormField>
        <EventFormField id={fieldId('importance')} label={t('user-data.form.importance')} error={errorOf('importance')}>
          {(c) => (
            <select
              {...c}
              value={draft.importance}
              onChange={(e) => {
                const v = e.currentTarget.value;
                setDraft((d) => ({ ...d, importance: v }));
                setTouched((s) => new Set(s).add('importance'));
              }}
            >
              <option value="">{t('user-data.form.unrated')}</option>
              {IMPORTANCE_LEVELS.map((k) => (
                <option key={k} value={String(k)}>
                  {k} · {importanceLabel(t, k)}
                </option>
              ))}
            </select>
          )}
        </EventFormField>
        <EventFormField id={fieldId('actor')} label={t('user-data.form.actor')} error={errorOf('actor')}>
          {text('actor')}
        </EventFormField>
        <EventFormField id={fieldId('source_url')} label={t('user-data.form.sourceUrl')} error={errorOf('source_url')}>
          {text('source_url', { placeholder: 'https://…', inputMode: 'url' })}
        </EventFormField>
        <EventFormField id={fieldId('summary')} label={t('user-data.form.summary')} error={errorOf('summary')} wide>
          {(c) => (
            <textarea
              {...c}
              value={draft.summary}
              onChange={(e) => {
                const v = e.currentTarget.value;
                setDraft((d) => ({ ...d, summary: v }));
                setTouched((s) => new Set(s).add('summary'));
              }}
            />
          )}
        </EventFormField>
        <EventFormField id={fieldId('summary_ko')} label={t('user-data.form.summaryKo')} error={errorOf('summary_ko')} hint={t('user-data.form.koHint')} wide>
          {(c) => (
            <textarea
              {...c}
              lang="ko"
              value={draft.summary_ko}
              onChange={(e) => {
                const v = e.currentTarget.value;
                setDraft((d) => ({ ...d, summary_ko: v }));
                setTouched((s) => new Set(s).add('summary_ko'));
              }}
            />
          )}
        </EventFormField>
        <EventFormField id={fieldId('tags')} label={t('user-data.form.tags')} error={errorOf('tags')} hint={t('user-data.form.tagsHint')}>
          {text('tags')}
        </EventFormField>
        <EventFormField
          id={fieldId('id')}
          label={t('user-data.form.id')}
          error={errorOf('id')}
          hint={draft.id.trim() ? undefined : autoId ? t('user-data.form.idAuto', { id: autoId }) : t('user-data.form.idEmpty')}
        >
          {text('id', { spellCheck: 'false' })}
        </EventFormField>
        <div className="event-form-actions">
          {request.mode === 'edit' && (
            <button type="button" onClick={del}>
              {t('user-data.form.delete')}
            </button>
          )}
          <span className="spacer" />
          <button type="submit">{t('user-data.form.save')}</button>
          <button type="button" onClick={onClose}>
            {t('user-data.form.cancel')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
