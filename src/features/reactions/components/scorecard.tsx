import { memo, useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { eventTitle } from '../../events/model/localized';
import type { Lang } from '../../../i18n/lang';
import { CategorySwatch } from '../../../components/ui/category-swatch';
import { categoryLabel, sourceName } from '../../../i18n/labels';
import type { Msg } from '../../../i18n/message';
import { useT, type T } from '../../../i18n/use-t';
import type { Theme } from '../../../lib/url-state';
import { formatDecimal } from '../../../lib/number-format';
import { ADJUSTED_LINE, type EventStudyFigures, type ReactionRow } from '../model';
import { level, lineName, overlapTitle, signed, STATUS_SHORT, zClass } from './reaction-format';
import { COLUMNS, FIT_KEYS, LEFT, sortRows, STUDY_KEYS, studyCells, type Column, type SortState, type StudyCells } from './scorecard-columns';
export { COLUMNS, sortRows, studyCells, type SortDir, type SortState, type StudyCells } from './scorecard-columns';
import { ColumnChooser, useShownColumns } from './scorecard-column-chooser';
import { betaMissText, carMissText, fitMissShort, fitMissText, MODEL_SHORT, switchText } from './study-format';

/** Rows the table shows before "Show all": a screenful of scrolling, a few hundred DOM nodes. */
export const ROW_LIMIT = 60;
/** Up to this many rows "Show all" is offered; a longer table (30,000 events) grows by ROW_MORE instead. */
export const SHOW_ALL_MAX = 2000;
export const ROW_MORE = 1000;

export interface ShownRows {
  /** The first rows in sort order. */
  head: ReactionRow[];
  /** The selected event's rows when they sort past the limit (shown after a gap). */
  selected: ReactionRow[];
  /** Rows left out. */
  hidden: number;
}

/** The first `limit` sorted rows, plus the selected event's rows wherever they sort. */
export function shownRows(sorted: readonly ReactionRow[], limit: number, selectedId: string | null): ShownRows {
  if (sorted.length <= limit) return { head: [...sorted], selected: [], hidden: 0 };
  const head = sorted.slice(0, limit);
  const selected = selectedId ? sorted.slice(limit).filter((r) => r.event.id === selectedId) : [];
  return { head, selected, hidden: sorted.length - limit - selected.length };
}

type Tm = (m: Msg | string) => string;

// Class names and ARIA values, kept out of the JSX (where a literal word reads as UI text).
const NO_SORT = 'none';
const textClass = (key: string) => (LEFT.has(key) ? 'l num' : 'num');
const headClass = (key: string) => (LEFT.has(key) ? 'l' : undefined);
const selectedClass = (on: boolean) => (on ? 'selected' : undefined);
const selectedCurrent = (on: boolean) => (on ? 'true' : undefined);

/** A study figure, or why there is none (the AR₀ cell says it; the CAR cells in their title). */
function studyCell(r: ReactionRow, c: Column, s: StudyCells, t: T, tm: Tm) {
  if (s.pending) return <td key={c.key} className="num muted" title={t('reactions.scorecard.computing')}>…</td>;
  const st = s.of(r);
  const x = c.get(r, s) as number | null;
  const model = st ? (st.switched ? t('reactions.scorecard.modelSwitched', { model: MODEL_SHORT[st.model], why: switchText(st.switched) }) : t('reactions.scorecard.model', { model: MODEL_SHORT[st.model] })) : undefined;
  if (x !== null) return <td key={c.key} className="num" title={model}>{signed(x)}</td>;
  if (!st) return <td key={c.key} className="num" />;
  if (!st.fit.ok) {
    const why = tm(fitMissText(st.fit));
    return <td key={c.key} className="num muted" title={why}>{c.key === 'ar_0' ? tm(fitMissShort(st.fit)) : '—'}</td>;
  }
  const out = st.cars[STUDY_KEYS[c.key](s)];
  return <td key={c.key} className="num muted" title={out && !out.ok ? tm(carMissText(st, out)) : undefined}>—</td>;
}

/** σ_ε or β of the event's fit, or why there is none (in the title): no fit, or β under another model. */
function fitCell(r: ReactionRow, c: Column, s: StudyCells, t: T, tm: Tm) {
  if (s.pending) return <td key={c.key} className="num muted" title={t('reactions.scorecard.computing')}>…</td>;
  const st = s.of(r);
  const x = c.get(r, s) as number | null;
  if (x !== null) return <td key={c.key} className="num">{c.key === 'beta' ? signed(x) : level(x, 3)}</td>;
  if (!st) return <td key={c.key} className="num" />;
  if (!st.fit.ok) return <td key={c.key} className="num muted" title={tm(fitMissText(st.fit))}>—</td>;
  return <td key={c.key} className="num muted" title={tm(betaMissText(st))} />;
}

function cell(r: ReactionRow, c: Column, theme: Theme, s: StudyCells, t: T, tm: Tm, lang: Lang) {
  if (c.key in STUDY_KEYS) return studyCell(r, c, s, t, tm);
  if (FIT_KEYS.has(c.key)) return fitCell(r, c, s, t, tm);
  const v = c.get(r, s);
  switch (c.key) {
    case 'title':
      return (
        <td key={c.key} className="l rx-title-cell" title={`${eventTitle(r.event, lang)} (${r.event.id})`}>
          <span className="rx-title">{eventTitle(r.event, lang)}</span>
          <span className="rx-id" translate="no">
            {r.event.id}
          </span>
        </td>
      );
    case 'pair':
      return <td key={c.key} className={textClass(c.key)}>{lineName(t, r)}</td>;
    case 'category':
      return (
        <td key={c.key} className="l">
          <CategorySwatch category={r.event.category} theme={theme} /> {categoryLabel(t, r.event.category)}
        </td>
      );
    case 'source':
      return <td key={c.key} className="l" title={sourceName(t, r.source)}>{v}</td>;
    case 't0':
      return <td key={c.key} className="num">{r.status === 'ok' || r.t0 !== null ? v : <span className="muted">{tm(STATUS_SHORT[r.status as keyof typeof STATUS_SHORT])}</span>}</td>;
    case 'overlap':
      return <td key={c.key} className="l" title={tm(overlapTitle(r)) || undefined}>{r.overlap ? <span className="rx-flag">{t('reactions.flag.overlap')}</span> : ''}</td>;
  }
  if (c.kind === 'text') return <td key={c.key} className={textClass(c.key)}>{v ?? '—'}</td>;
  const x = v as number | null;
  if (c.kind === 'rate') return <td key={c.key} className="num">{level(x)}</td>;
  if (c.kind === 'vol') return <td key={c.key} className="num">{level(x)}</td>;
  if (c.kind === 'z') return <td key={c.key} className={zClass(x)}>{signed(x)}</td>;
  if (c.key === 'chg_0' && r.status !== 'ok') {
    // The first figure column says why the row is empty.
    return <td key={c.key} className="num muted" title={t('reactions.scorecard.noReaction', { why: STATUS_SHORT[r.status] })}>{tm(STATUS_SHORT[r.status])}</td>;
  }
  return <td key={c.key} className="num">{x === null && c.key === 'adj_0' && r.line !== ADJUSTED_LINE ? '' : signed(x)}</td>;
}

const Row = memo(function Row({ r, cols, selected, theme, study, onSelect }: { r: ReactionRow; cols: readonly Column[]; selected: boolean; theme: Theme; study: StudyCells; onSelect: (id: string) => void }) {
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onSelect(r.event.id);
    }
  };
  const { t, tm, lang } = useT();
  return (
    <tr
      tabIndex={0}
      className={selectedClass(selected)}
      aria-current={selectedCurrent(selected)}
      aria-label={t('reactions.scorecard.rowLabel', { date: r.event.date, title: eventTitle(r.event, lang), series: lineName(t, r) })}
      data-row-event-id={r.event.id}
      data-pair={r.line}
      onClick={() => onSelect(r.event.id)}
      onKeyDown={onKey}
    >
      {cols.map((c) => cell(r, c, theme, study, t, tm, lang))}
    </tr>
  );
});

interface Props {
  rows: readonly ReactionRow[];
  selectedId: string | null;
  theme: Theme;
  onSelect: (id: string) => void;
  /** The event study's figures (AR₀, CAR columns): null while computed, absent when not shown. */
  study?: EventStudyFigures | null;
  /** The sort, when the caller keeps it (the URL's `sort`); else the table keeps its own. */
  sort?: SortState;
  onSort?: (sort: SortState) => void;
}

const DEFAULT_SORT: SortState = { key: 'date', dir: 'ascending' };

/** One row per event in view × line shown; sortable by every column; rows select their event. */
export function Scorecard({ rows, selectedId, theme, onSelect, study, sort: sortProp, onSort }: Props) {
  const { t, tm } = useT();
  const [ownSort, setOwnSort] = useState<SortState>(DEFAULT_SORT);
  const sort = sortProp ?? ownSort;
  // The reader's columns (remembered in this browser), and the sorted one even when not chosen.
  const [chosen, setChosen] = useShownColumns();
  const cols = useMemo(() => COLUMNS.filter((c) => chosen.has(c.key) || c.key === sort.key), [chosen, sort.key]);
  const cells = useMemo(() => studyCells(study), [study]);
  const sorted = useMemo(() => sortRows(rows, sort, cells), [rows, sort, cells]);
  // A long table (every event of 20 years × 4 pairs) shows its first rows; "Show all" the rest,
  // or, past SHOW_ALL_MAX rows, "Show 1,000 more" (30,000 rows at once would freeze the page).
  const [limit, setLimit] = useState(ROW_LIMIT);
  const all = limit === Infinity;
  const shown = useMemo(() => shownRows(sorted, limit, selectedId), [sorted, limit, selectedId]);
  // A stable handler, so a new onSelect from the parent does not re-render every row.
  const latest = useRef(onSelect);
  latest.current = onSelect;
  const select = useCallback((id: string) => latest.current(id), []);
  const scroller = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Bring the selected event's first row into the table's view (the table scrolls, not the page).
    const box = scroller.current;
    const row = selectedId ? box?.querySelector<HTMLElement>(`tr[data-row-event-id="${selectedId}"]`) : null;
    if (!box || !row) return;
    const head = box.querySelector('thead')?.getBoundingClientRect().height ?? 0;
    const top = row.offsetTop - head;
    if (top < box.scrollTop || row.offsetTop + row.offsetHeight > box.scrollTop + box.clientHeight) box.scrollTop = Math.max(0, top - 2 * row.offsetHeight);
  }, [selectedId, sort]);
  const toggle = (key: string) => {
    const next: SortState = { key, dir: sort.key === key && sort.dir === 'ascending' ? 'descending' : 'ascending' };
    if (onSort) onSort(next);
    else setOwnSort(next);
  };
  if (!rows.length) return <p className="muted">{t('reactions.scorecard.empty')}</p>;
  return (
    <>
      <div className="rx-tools">
        <ColumnChooser shown={chosen} onChange={setChosen} />
      </div>
      <div className="rx-scroll" ref={scroller}>
        <table className="rx-scorecard">
          <caption className="sr-only">{t('reactions.scorecard.caption')}</caption>
          <thead>
            <tr>
              {cols.map((c) => {
                const on = sort.key === c.key;
                return (
                  <th key={c.key} scope="col" aria-sort={on ? sort.dir : NO_SORT} className={headClass(c.key)}>
                    <button type="button" title={tm(c.title)} onClick={() => toggle(c.key)}>
                      {tm(c.label)}
                      <span className="rx-sort" aria-hidden="true">{on ? (sort.dir === 'ascending' ? '▲' : '▼') : '↕'}</span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {shown.head.map((r) => (
              <Row key={`${r.event.id}|${r.line}`} r={r} cols={cols} selected={r.event.id === selectedId} theme={theme} study={cells} onSelect={select} />
            ))}
            {shown.selected.length > 0 && (
              <tr className="rx-gap" aria-hidden="true">
                <td colSpan={cols.length} className="l muted">
                  {t('reactions.scorecard.selectedBelow')}
                </td>
              </tr>
            )}
            {shown.selected.map((r) => (
              <Row key={`${r.event.id}|${r.line}`} r={r} cols={cols} selected theme={theme} study={cells} onSelect={select} />
            ))}
          </tbody>
        </table>
      </div>
      {(shown.hidden > 0 || limit > ROW_LIMIT) && sorted.length > ROW_LIMIT && (
        <p className="rx-more small muted">
          {all || shown.hidden === 0
            ? t('reactions.scorecard.allRows', { n: sorted.length })
            : t('reactions.scorecard.someRows', { shown: sorted.length - shown.hidden, n: sorted.length })}{' '}
          {shown.hidden > 0 && sorted.length > SHOW_ALL_MAX && (
            <button type="button" onClick={() => setLimit((n) => n + ROW_MORE)}>
              {t('reactions.scorecard.showMore', { n: formatDecimal(Math.min(ROW_MORE, shown.hidden), 0, 0) })}
            </button>
          )}{' '}
          {limit > ROW_LIMIT ? (
            <button type="button" onClick={() => setLimit(ROW_LIMIT)}>{t('reactions.scorecard.showFirst', { n: ROW_LIMIT })}</button>
          ) : (
            sorted.length <= SHOW_ALL_MAX && (
              <button type="button" onClick={() => setLimit(Infinity)}>{t('reactions.scorecard.showAll', { n: sorted.length })}</button>
            )
          )}
        </p>
      )}
    </>
  );
}
