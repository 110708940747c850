import { useCallback, useId, useRef, useState } from 'react';
import { useDismiss } from '../../../components/ui/use-dismiss';
import { useT } from '../../../i18n/use-t';
import { COLUMNS } from './scorecard-columns';

/** Shown first: what a reader needs to read a row (event, pair, the T0 move raw and adjusted, z, T0). */
export const KEY_COLUMNS: readonly string[] = ['date', 'title', 'pair', 'chg_0', 'adj_0', 'z_0', 't0'];
/** Always shown (and sticky on a horizontal scroll): the event's date and title. */
export const FIXED_COLUMNS: readonly string[] = ['date', 'title'];
/** The reader's choice of columns in this browser (the ids, in no order). */
export const COLUMNS_STORAGE_KEY = 'krw-event-lens:scorecard-columns:v1';

const ALL = new Set(COLUMNS.map((c) => c.key));

/** The stored choice: known column ids only, the fixed ones always; the key columns when none is stored or it is unreadable. */
export function readShownColumns(storage: Pick<Storage, 'getItem'> | null = safeStorage()): Set<string> {
  try {
    const raw = storage?.getItem(COLUMNS_STORAGE_KEY);
    const list: unknown = raw ? JSON.parse(raw) : null;
    if (Array.isArray(list)) return new Set([...FIXED_COLUMNS, ...list.filter((k): k is string => typeof k === 'string' && ALL.has(k))]);
  } catch {
    // unreadable: the key columns
  }
  return new Set(KEY_COLUMNS);
}

function safeStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** The columns shown, and a setter that remembers the choice (quietly not, when storage refuses). */
export function useShownColumns(): [ReadonlySet<string>, (next: ReadonlySet<string>) => void] {
  const [shown, setShown] = useState(() => readShownColumns());
  const set = useCallback((next: ReadonlySet<string>) => {
    const s = new Set([...FIXED_COLUMNS, ...next]);
    setShown(s);
    try {
      safeStorage()?.setItem(COLUMNS_STORAGE_KEY, JSON.stringify(COLUMNS.map((c) => c.key).filter((k) => s.has(k))));
    } catch {
      // storage full or refused: the choice holds for this page
    }
  }, []);
  return [shown, set];
}

/** "Columns (7/22)": a popover of checkboxes, one per column that can be hidden; Esc or a click outside closes it. */
export function ColumnChooser({ shown, onChange }: { shown: ReadonlySet<string>; onChange: (next: ReadonlySet<string>) => void }) {
  const { t, tm } = useT();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLFieldSetElement>(null);
  const id = useId();
  const close = useCallback(() => setOpen(false), []);
  useDismiss(open, close, panel, button);
  const n = COLUMNS.filter((c) => shown.has(c.key)).length;
  const toggle = (key: string, on: boolean) => {
    const next = new Set(shown);
    if (on) next.add(key);
    else next.delete(key);
    onChange(next);
  };
  return (
    <span className="rx-columns">
      <button ref={button} type="button" aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)}>
        {t('reactions.columns.button', { shown: n, n: COLUMNS.length })}
      </button>
      {open && (
        <fieldset ref={panel} id={id} className="rx-columns-panel">
          <legend>{t('reactions.columns.legend')}</legend>
          {COLUMNS.filter((c) => !FIXED_COLUMNS.includes(c.key)).map((c) => (
            <label key={c.key} title={tm(c.title)}>
              <input type="checkbox" checked={shown.has(c.key)} onChange={(e) => toggle(c.key, e.currentTarget.checked)} /> {tm(c.label)}
            </label>
          ))}
          <div className="row">
            <button type="button" onClick={() => onChange(new Set(KEY_COLUMNS))}>
              {t('reactions.columns.keyOnly')}
            </button>
            <button type="button" onClick={() => onChange(ALL)}>
              {t('reactions.columns.all')}
            </button>
          </div>
        </fieldset>
      )}
    </span>
  );
}
