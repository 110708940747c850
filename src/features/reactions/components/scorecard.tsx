import { memo, useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { CATEGORY_INFO } from '../../../config/categories';
import type { Theme } from '../../../lib/url-state';
import { formatDecimal } from '../../../lib/number-format';
import { isoFromDay } from '../../../lib/units';
import { sourceName } from '../../rates/model/registry';
import { ADJUSTED_LINE, type ReactionRow } from '../model';
import { inZone, level, overlapTitle, SEOUL, signed, STATUS_SHORT, zBand } from './reaction-format';

type Kind = 'text' | 'pct' | 'rate' | 'z' | 'vol';

interface Column {
  key: string;
  label: string;
  title: string;
  kind: Kind;
  get: (r: ReactionRow) => string | number | null;
}

const day = (d: number | null) => (d === null ? null : isoFromDay(d as never));
/** T0 as a date, or for an intraday series its bar in Seoul time ("2024-07-03 10:30 KST"). */
const t0Text = (r: ReactionRow) => (r.meta.resolution === 'intraday' && r.t0At !== null ? `${inZone(r.t0At, SEOUL)} KST` : day(r.t0));

/**
 * Every SPEC column (and the market-adjusted move beside chg_0). The moves come first, next to the
 * event; the reference figures (dates, rates, source) follow. The CSV keeps SPEC's order.
 */
export const COLUMNS: Column[] = [
  { key: 'date', label: 'Date', title: 'Event date (local to the announcing body)', kind: 'text', get: (r) => `${r.event.date}${r.event.time ? ` ${r.event.time}` : ''}` },
  { key: 'title', label: 'Event', title: 'Title (event id below)', kind: 'text', get: (r) => r.event.title },
  { key: 'pair', label: 'Series', title: 'Series (with its source when a pair is shown from two)', kind: 'text', get: (r) => r.label },
  { key: 'chg_0', label: 'chg_0 %', title: 'chg_0_pct: % move from T−1 to T0 (+ = weaker won)', kind: 'pct', get: (r) => r.chg0 },
  { key: 'adj_0', label: 'adj 0 %', title: 'USD/KRW chg_0 net of the yen/yuan basket (market-adjusted; USD/KRW only)', kind: 'pct', get: (r) => r.adjusted?.chg0 ?? null },
  { key: 'chg_5', label: 'chg_5 %', title: 'chg_5_pct: % move from T−1 to 5 observations after T0', kind: 'pct', get: (r) => r.chg5 },
  { key: 'chg_20', label: 'chg_20 %', title: 'chg_20_pct: % move from T−1 to 20 observations after T0', kind: 'pct', get: (r) => r.chg20 },
  { key: 'z_0', label: 'z_0', title: 'z_0: the T0 log move in units of pre_vol', kind: 'z', get: (r) => r.z0 },
  { key: 'pre_drift', label: 'pre_drift %', title: 'pre_drift_pct: % move from T−6 to T−1', kind: 'pct', get: (r) => r.preDrift },
  { key: 'pre_vol', label: 'pre_vol %', title: 'pre_vol_pct: daily volatility of the 60 log returns ending at T−1', kind: 'vol', get: (r) => r.preVol },
  { key: 'overlap', label: 'Overlap', title: 'Another event within five observations of T0', kind: 'text', get: (r) => (r.overlap ? 'overlap' : '') },
  { key: 'category', label: 'Category', title: 'Event category', kind: 'text', get: (r) => CATEGORY_INFO[r.event.category].label },
  { key: 't0', label: 'T0', title: 'First observation that saw the news (an intraday bar in Seoul time)', kind: 'text', get: t0Text },
  { key: 'base_date', label: 'T−1', title: 'base_date: the observation before T0', kind: 'text', get: (r) => day(r.baseDate) },
  { key: 'base_rate', label: 'T−1 rate', title: 'base_rate: the rate at T−1', kind: 'rate', get: (r) => r.baseRate },
  { key: 't0_rate', label: 'T0 rate', title: 't0_rate: the rate at T0', kind: 'rate', get: (r) => r.t0Rate },
  { key: 'source', label: 'Source', title: 'Rate source', kind: 'text', get: (r) => r.source },
];

/** Columns read as text (left-aligned); the rest are figures and dates (right-aligned). */
const LEFT = new Set(['date', 'title', 'pair', 'category', 'source', 'overlap']);

export type SortDir = 'ascending' | 'descending';
export interface SortState {
  key: string;
  dir: SortDir;
}

/** Rows sorted by a column; missing figures last in either direction; ties keep the given order. */
export function sortRows(rows: readonly ReactionRow[], sort: SortState): ReactionRow[] {
  const col = COLUMNS.find((c) => c.key === sort.key) ?? COLUMNS[0];
  const sign = sort.dir === 'ascending' ? 1 : -1;
  const keyed = rows.map((r, i) => ({ r, i, v: col.get(r) }));
  keyed.sort((a, b) => {
    const an = a.v === null || a.v === '';
    const bn = b.v === null || b.v === '';
    if (an || bn) return an === bn ? a.i - b.i : an ? 1 : -1;
    const c = typeof a.v === 'number' && typeof b.v === 'number' ? a.v - b.v : String(a.v).localeCompare(String(b.v));
    return c === 0 ? a.i - b.i : sign * c;
  });
  return keyed.map((k) => k.r);
}

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

function cell(r: ReactionRow, c: Column, theme: Theme) {
  const v = c.get(r);
  switch (c.key) {
    case 'title':
      return (
        <td key={c.key} className="l rx-title-cell" title={`${r.event.title} (${r.event.id})`}>
          <span className="rx-title">{r.event.title}</span>
          <span className="rx-id">{r.event.id}</span>
        </td>
      );
    case 'category':
      return (
        <td key={c.key} className="l">
          <span className="swatch" style={{ background: CATEGORY_INFO[r.event.category].color[theme] }} /> {v}
        </td>
      );
    case 'source':
      return <td key={c.key} className="l" title={sourceName(r.source)}>{v}</td>;
    case 't0':
      return <td key={c.key} className="num">{r.status === 'ok' || r.t0 !== null ? v : <span className="muted">{STATUS_SHORT[r.status as keyof typeof STATUS_SHORT]}</span>}</td>;
    case 'overlap':
      return <td key={c.key} className="l" title={overlapTitle(r) || undefined}>{r.overlap ? <span className="rx-flag">overlap</span> : ''}</td>;
  }
  if (c.kind === 'text') return <td key={c.key} className={LEFT.has(c.key) ? 'l num' : 'num'}>{v ?? '—'}</td>;
  const x = v as number | null;
  if (c.kind === 'rate') return <td key={c.key} className="num">{level(x)}</td>;
  if (c.kind === 'vol') return <td key={c.key} className="num">{level(x)}</td>;
  if (c.kind === 'z') return <td key={c.key} className={`num rx-z rx-z-${x === null ? 'none' : zBand(x)}`}>{signed(x)}</td>;
  if (c.key === 'chg_0' && r.status !== 'ok') {
    // The first figure column says why the row is empty.
    return <td key={c.key} className="num muted" title={`No reaction: ${STATUS_SHORT[r.status]}`}>{STATUS_SHORT[r.status]}</td>;
  }
  return <td key={c.key} className="num">{x === null && c.key === 'adj_0' && r.line !== ADJUSTED_LINE ? '' : signed(x)}</td>;
}

const Row = memo(function Row({ r, selected, theme, onSelect }: { r: ReactionRow; selected: boolean; theme: Theme; onSelect: (id: string) => void }) {
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onSelect(r.event.id);
    }
  };
  return (
    <tr
      tabIndex={0}
      className={selected ? 'selected' : undefined}
      aria-current={selected ? 'true' : undefined}
      aria-label={`${r.event.date} ${r.event.title}, ${r.label}: press Enter to select`}
      data-row-event-id={r.event.id}
      data-pair={r.line}
      onClick={() => onSelect(r.event.id)}
      onKeyDown={onKey}
    >
      {COLUMNS.map((c) => cell(r, c, theme))}
    </tr>
  );
});

interface Props {
  rows: readonly ReactionRow[];
  selectedId: string | null;
  theme: Theme;
  onSelect: (id: string) => void;
}

/** One row per event in view × line shown; sortable by every column; rows select their event. */
export function Scorecard({ rows, selectedId, theme, onSelect }: Props) {
  const [sort, setSort] = useState<SortState>({ key: 'date', dir: 'ascending' });
  const sorted = useMemo(() => sortRows(rows, sort), [rows, sort]);
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
  const toggle = (key: string) =>
    setSort((s) => ({ key, dir: s.key === key && s.dir === 'ascending' ? 'descending' : 'ascending' }));
  if (!rows.length) return <p className="muted">No event in view: widen the range or the filters to see reactions.</p>;
  return (
    <>
      <div className="rx-scroll" ref={scroller}>
        <table className="rx-scorecard">
          <caption className="sr-only">Reactions of the events in view; sort with the column buttons; press Enter on a row to select its event</caption>
          <thead>
            <tr>
              {COLUMNS.map((c) => {
                const on = sort.key === c.key;
                return (
                  <th key={c.key} scope="col" aria-sort={on ? sort.dir : 'none'} className={LEFT.has(c.key) ? 'l' : undefined}>
                    <button type="button" title={c.title} onClick={() => toggle(c.key)}>
                      {c.label}
                      <span className="rx-sort" aria-hidden="true">{on ? (sort.dir === 'ascending' ? '▲' : '▼') : '↕'}</span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {shown.head.map((r) => (
              <Row key={`${r.event.id}|${r.line}`} r={r} selected={r.event.id === selectedId} theme={theme} onSelect={select} />
            ))}
            {shown.selected.length > 0 && (
              <tr className="rx-gap" aria-hidden="true">
                <td colSpan={COLUMNS.length} className="l muted">
                  ⋯ the selected event sorts further down
                </td>
              </tr>
            )}
            {shown.selected.map((r) => (
              <Row key={`${r.event.id}|${r.line}`} r={r} selected theme={theme} onSelect={select} />
            ))}
          </tbody>
        </table>
      </div>
      {(shown.hidden > 0 || limit > ROW_LIMIT) && sorted.length > ROW_LIMIT && (
        <p className="rx-more small muted">
          {all || shown.hidden === 0
            ? `All ${sorted.length} rows.`
            : `${sorted.length - shown.hidden} of ${sorted.length} rows shown (sorted as above); the CSV has them all.`}{' '}
          {shown.hidden > 0 && sorted.length > SHOW_ALL_MAX && (
            <button type="button" onClick={() => setLimit((n) => n + ROW_MORE)}>
              Show {formatDecimal(Math.min(ROW_MORE, shown.hidden), 0, 0)} more
            </button>
          )}{' '}
          {limit > ROW_LIMIT ? (
            <button type="button" onClick={() => setLimit(ROW_LIMIT)}>{`Show the first ${ROW_LIMIT}`}</button>
          ) : (
            sorted.length <= SHOW_ALL_MAX && (
              <button type="button" onClick={() => setLimit(Infinity)}>{`Show all ${sorted.length}`}</button>
            )
          )}
        </p>
      )}
    </>
  );
}
