import { lazy, Suspense, useRef, useState } from 'react';
import type { Msg } from '../../../i18n/message';
import { useT } from '../../../i18n/use-t';
import { useUserSeriesStore, type UserSeriesStore } from '../store/user-series-store';
import { ModalDialog } from './modal-dialog';
import './series-colors.css';
// A row (rename, colour, delete) loads when the list opens, not before the first paint.
const UserSeriesRow = lazy(() => import('./user-series-row').then((m) => ({ default: m.UserSeriesRow })));
import { CLOSE_LABEL, KEPT_TEXT, NO_SERIES_TEXT, SKIPPED_HEADING, storageFailedText, YOUR_SERIES_TITLE, yourSeriesButton } from './user-series-messages';

export interface YourSeriesButtonProps {
  /** Ids of the series shown in the chart now. */
  shownIds: readonly string[];
  /** The user ticked or cleared Show (a deleted series that was shown is cleared too). */
  onToggleShown: (id: string, shown: boolean) => void;
  /** The store to list (tests pass their own). */
  useStore?: UserSeriesStore;
}

/**
 * **Your series (N)**: a dialog listing every stored series (and any that could not be read,
 * to delete) with Show, Rename, Colour and Delete. Esc closes it and focus returns to the button;
 * a failed change is said in the dialog and leaves the series as they were.
 */
export function YourSeriesButton({ shownIds, onToggleShown, useStore = useUserSeriesStore }: YourSeriesButtonProps) {
  const { tm } = useT();
  const series = useStore((s) => s.series);
  const skipped = useStore((s) => s.skipped);
  const status = useStore((s) => s.status);
  const failure = useStore((s) => s.failure);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<Msg | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const shown = new Set(shownIds);
  const n = series.length + skipped.length;
  const close = () => {
    setOpen(false);
    setError(null);
  };
  const rowProps = { useStore, onToggleShown, onError: setError, onDeleted: () => closeButton.current?.focus() };

  return (
    <>
      <button ref={button} type="button" aria-haspopup="dialog" disabled={status === 'idle' || status === 'loading'} onClick={() => setOpen(true)}>
        {tm(yourSeriesButton(n))}
      </button>
      {open && (
        <ModalDialog title={tm(YOUR_SERIES_TITLE)} onClose={close} returnFocusTo={button.current} className="user-series-dialog">
          <p className="small muted">{tm(KEPT_TEXT)}</p>
          {status === 'failed' && failure && <p className="small">{tm(storageFailedText(failure.code))}</p>}
          {status === 'ready' && n === 0 && <p className="small">{tm(NO_SERIES_TEXT)}</p>}
          <Suspense fallback={null}>
          {series.length > 0 && (
            <ul className="user-series-list" aria-label={tm(YOUR_SERIES_TITLE)}>
              {series.map((s) => (
                <UserSeriesRow key={s.meta.id} meta={s.meta} shown={shown.has(s.meta.id)} {...rowProps} />
              ))}
            </ul>
          )}
          {skipped.length > 0 && (
            <>
              <h3 className="user-series-subhead">{tm(SKIPPED_HEADING)}</h3>
              <ul className="user-series-list" aria-label={tm(SKIPPED_HEADING)}>
                {skipped.map((s) => (
                  <UserSeriesRow key={s.meta.id} meta={s.meta} shown={false} broken={s.code} {...rowProps} />
                ))}
              </ul>
            </>
          )}
          </Suspense>
          {error && (
            <p role="alert" className="field-error">
              {tm(error)}
            </p>
          )}
          <div className="row">
            <button ref={closeButton} type="button" onClick={close}>
              {tm(CLOSE_LABEL)}
            </button>
          </div>
        </ModalDialog>
      )}
    </>
  );
}
