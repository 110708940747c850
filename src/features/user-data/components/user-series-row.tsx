import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Msg } from '../../../i18n/message';
import { useT } from '../../../i18n/use-t';
import { checkSeriesFields, isSeriesColorToken, SERIES_COLOR_TOKENS, type SeriesFieldIssue, type StoredSeriesMeta } from '../model/series-meta';
import { fieldIssueText } from '../model/series-preview-format';
import type { UserSeriesErrorCode, UserSeriesStore } from '../store/user-series-store';
import {
  CANCEL_LABEL,
  changeFailedText,
  colourLabel,
  CONFIRM_DELETE_LABEL,
  deleteQuestion,
  rowLabels,
  SAVE_LABEL,
  seriesFactsText,
  skippedReasonText,
} from './user-series-messages';

export interface UserSeriesRowProps {
  meta: StoredSeriesMeta;
  useStore: UserSeriesStore;
  /** Shown in the chart (ignored for a series that could not be read). */
  shown: boolean;
  onToggleShown: (id: string, shown: boolean) => void;
  /** Why the series could not be read: then only Delete is offered. */
  broken?: UserSeriesErrorCode;
  /** A change failed (its text), or a new change started (null). */
  onError: (message: Msg | null) => void;
  /** The series was deleted (the row is about to go: the list moves focus). */
  onDeleted: () => void;
}

/** Esc inside a row's inline form closes that form, not the dialog. */
const escapeOnly = (close: () => void) => (e: KeyboardEvent) => {
  if (e.key === 'Escape') {
    e.stopPropagation();
    close();
  }
};

/**
 * One stored series in "Your series": colour swatch, name, id (selectable, for links), unit,
 * resolution, count and range; Show, Rename (inline, checked like the import), Colour, and Delete
 * (asks first).
 */
export function UserSeriesRow({ meta, useStore, shown, onToggleShown, broken, onError, onDeleted }: UserSeriesRowProps) {
  const { t, tm } = useT();
  const labels = rowLabels(meta.name);
  const errorId = useId();
  const rename = useStore((s) => s.rename);
  const recolour = useStore((s) => s.recolour);
  const remove = useStore((s) => s.remove);
  const [draft, setDraft] = useState<string | null>(null);
  const [issue, setIssue] = useState<SeriesFieldIssue | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [working, setWorking] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  const cancelDelete = useRef<HTMLButtonElement>(null);
  // Focus follows the inline forms: into them when they open, back to their button when they close.
  // A new object each time, so that focus goes back however often the same form closes.
  const [focusBack, setFocusBack] = useState<{ to: 'rename' | 'delete' } | null>(null);
  const renaming = draft !== null;
  useEffect(() => {
    if (renaming) nameInput.current?.focus();
  }, [renaming]);
  useEffect(() => {
    if (confirming) cancelDelete.current?.focus();
  }, [confirming]);
  useEffect(() => {
    if (focusBack?.to === 'rename') renameButton.current?.focus();
    if (focusBack?.to === 'delete') deleteButton.current?.focus();
  }, [focusBack]);

  const closeRename = () => {
    setDraft(null);
    setIssue(null);
    setFocusBack({ to: 'rename' });
  };
  const saveName = async (e: FormEvent) => {
    e.preventDefault();
    if (draft === null) return;
    const found = checkSeriesFields(draft, 'unit').find((i) => i.field === 'name') ?? null;
    setIssue(found);
    if (found) return;
    onError(null);
    setWorking(true);
    const result = await rename(meta.id, draft);
    setWorking(false);
    if (!result.ok) onError(changeFailedText('rename', meta, result.code));
    closeRename();
  };
  const closeConfirm = () => {
    setConfirming(false);
    setFocusBack({ to: 'delete' });
  };
  const confirmDelete = async () => {
    onError(null);
    setWorking(true);
    const result = await remove(meta.id);
    setWorking(false);
    if (result.ok) {
      if (shown) onToggleShown(meta.id, false);
      onDeleted();
    } else {
      onError(changeFailedText('delete', meta, result.code));
      closeConfirm();
    }
  };

  return (
    <li className="user-series-item">
      <div className="user-series-head">
        <span className="series-swatch" aria-hidden="true" style={{ background: `var(--series-${meta.color})` }} />
        <strong className="user-series-name">{meta.name}</strong> <code className="user-series-id">{meta.id}</code>
      </div>
      <div className="small muted">{tm(broken ? skippedReasonText(broken) : seriesFactsText(meta))}</div>
      <div className="user-series-actions">
        {!broken && (
          <>
            <label>
              <input type="checkbox" aria-label={tm(labels.show)} checked={shown} onChange={(e) => onToggleShown(meta.id, e.target.checked)} /> {t('user-data.series.show')}
            </label>
            <button ref={renameButton} type="button" aria-label={tm(labels.rename)} disabled={working} onClick={() => setDraft(meta.name)}>
              {t('user-data.series.rename')}
            </button>
            <select
              aria-label={tm(labels.colour)}
              value={meta.color}
              disabled={working}
              onChange={(e) => {
                const token = e.target.value;
                if (!isSeriesColorToken(token)) return;
                onError(null);
                void recolour(meta.id, token).then((r) => {
                  if (!r.ok) onError(changeFailedText('recolour', meta, r.code));
                });
              }}
            >
              {SERIES_COLOR_TOKENS.map((t) => (
                <option key={t} value={t}>
                  {tm(colourLabel(t))}
                </option>
              ))}
            </select>
          </>
        )}
        <button ref={deleteButton} type="button" aria-label={tm(labels.delete)} disabled={working} onClick={() => setConfirming(true)}>
          {t('user-data.form.delete')}
        </button>
      </div>
      {renaming && (
        <form className="user-series-inline" onSubmit={(e) => void saveName(e)} onKeyDown={escapeOnly(closeRename)}>
          <input
            ref={nameInput}
            aria-label={tm(labels.newName)}
            value={draft}
            aria-invalid={issue ? true : undefined}
            aria-describedby={issue ? errorId : undefined}
            onChange={(e) => setDraft(e.target.value)}
          />
          <button type="submit" disabled={working}>
            {tm(SAVE_LABEL)}
          </button>
          <button type="button" onClick={closeRename}>
            {tm(CANCEL_LABEL)}
          </button>
          {issue && (
            <span id={errorId} className="field-error">
              {tm(fieldIssueText(issue))}
            </span>
          )}
        </form>
      )}
      {confirming && (
        <div className="user-series-inline" role="group" aria-label={tm(labels.confirm)} onKeyDown={escapeOnly(closeConfirm)}>
          <p className="small">{tm(deleteQuestion(meta))}</p>
          <button type="button" disabled={working} onClick={() => void confirmDelete()}>
            {tm(CONFIRM_DELETE_LABEL)}
          </button>
          <button ref={cancelDelete} type="button" onClick={closeConfirm}>
            {tm(CANCEL_LABEL)}
          </button>
        </div>
      )}
    </li>
  );
}
