import { useMemo, useState } from 'react';
import { eventTitle } from '../../events/model/localized';
import { CATEGORIES, type Category } from '../../../config/categories';
import { categoryLabel } from '../../../i18n/labels';
import { msg } from '../../../i18n/message';
import { useT, type T } from '../../../i18n/use-t';
import { useElementWidth } from '../../../components/ui/use-element-width';
import { useFirstPaintDone } from '../../../components/ui/use-first-paint-done';
import { isoFromDay, type EpochDay } from '../../../lib/units';
import type { KrwEvent } from '../../events/model/event-schema';
import { lineLabelWords } from '../../rates/model/line-label';
import { lineKeyOf } from '../../rates/model/registry';
import type { Series } from '../../rates/model/series';
import { alignedWindows, tracesToDraw, type AlignedWindows, type T0Miss } from '../model';
import { formatDecimal } from '../../../lib/number-format';
import { AlignedWindowsChart, traceScale, type Fit } from './aligned-windows-chart';
import { signed, statusText } from './reaction-format';
import { rich } from '../../../components/ui/rich-text';
import { dayLabel } from './window-chart';

const LIST = 'list';
const WINDOWS: [number, number][] = [
  [-10, 20],
  [-5, 10],
  [-20, 60],
];

interface Props {
  allEvents: readonly KrwEvent[];
  /** The events of the list (after the filters). */
  listEvents: readonly KrwEvent[];
  selected: KrwEvent | null;
  /** The shown lines (each aligned on its own observations). */
  series: readonly Series[];
  win: readonly [number, number];
  onWin: (win: [number, number]) => void;
  onSelect: (id: string) => void;
  /**
   * Draw the chart in a task of its own, after the rest has painted (the page's first view):
   * the first chart drawn with Recharts costs ~150–250 ms on its own, the windows of 30,000
   * events ~60–90 ms more; together they held the main thread for more than 200 ms.
   */
  deferChart?: boolean;
}

/** Mean and band at a few relative days, as text. */
function summary(t: T, w: AlignedWindows): string {
  const at = [0, 5, 20, w.ks[w.ks.length - 1]].filter((k, i, a) => w.ks.includes(k) && a.indexOf(k) === i);
  return at
    .map((k) => {
      const j = w.ks.indexOf(k);
      const m = w.mean[j];
      if (m === null) return null;
      const band = w.lo[j] !== null && w.hi[j] !== null ? ` ${t('reactions.aligned.band', { lo: signed(w.lo[j]), hi: signed(w.hi[j]) })}` : '';
      return `${dayLabel(k)} ${signed(m)} %${band}`;
    })
    .filter(Boolean)
    .join(' · ');
}

function skippedText(t: T, w: AlignedWindows, s: Series, titles: Map<string, KrwEvent>): string[] {
  const n = s.days.length;
  const first = n ? isoFromDay(s.days[0] as EpochDay) : null;
  const last = n ? isoFromDay(s.days[n - 1] as EpochDay) : null;
  const by = new Map<T0Miss, string[]>();
  for (const x of w.skipped) {
    const dates = by.get(x.reason);
    const d = titles.get(x.eventId)?.date ?? x.eventId;
    if (dates) dates.push(d);
    else by.set(x.reason, [d]);
  }
  const list = (d: string[]) => (d.length > 8 ? `${d.slice(0, 3).join(', ')} … ${d.slice(-3).join(', ')} (${d.length})` : d.join(', '));
  return [...by].map(([reason, dates]) => t('reactions.aligned.skippedReason', { why: statusText(reason, first, last), dates: list(dates) }));
}

/** Traces named in the list under the chart before "List all". */
const LISTED = 200;
/** Each "List more" adds this many (listing 30,000 at once would freeze the page). */
const LIST_MORE = 1000;

/** Says which traces the chart draws when it draws fewer lines than events. */
function drawnText(t: T, drawn: number, distinct: number, events: number): string {
  const n = (x: number) => formatDecimal(x, 0, 0);
  const same = distinct < events ? t('reactions.aligned.sameT0', { n: n(distinct) }) : '';
  const some = drawn < distinct ? t('reactions.aligned.someDrawn', { drawn: n(drawn), n: n(distinct) }) : '';
  return t('reactions.aligned.drawn', { parts: [same, some].filter(Boolean).join('; '), n: n(events) }).replace(/^./, (c) => c.toUpperCase());
}

/** Event study: every event of a set on relative trading days, rebased to 0 % at T−1, with the mean and a 95 % band. */
const keyOf = (s: Series) => lineKeyOf(s.id, s.source, s.compare === true);

export function AlignedWindowsView({ allEvents, listEvents, selected, series, win, onWin, onSelect, deferChart = false }: Props) {
  const { t, lang } = useT();
  const [boxRef, width] = useElementWidth<HTMLDivElement>(760);
  const painted = useFirstPaintDone();
  const chartShown = !deferChart || painted;
  const [choice, setChoice] = useState<string | null>(null);
  const [lineChoice, setLineChoice] = useState<string | null>(null);
  const [highlight, setHighlight] = useState<string | null>(null);
  const [fit, setFit] = useState<Fit>('core');
  const set = choice ?? (selected ? selected.category : 'provocation');
  const s = series.find((x) => keyOf(x) === lineChoice) ?? series[0];
  const sLabel = s ? lineLabelWords(t, s, series) : '';
  const unit = msg(s?.meta.resolution === 'intraday' ? 'reactions.aligned.unitBars' : 'reactions.aligned.unitDays');
  const byId = useMemo(() => new Map(allEvents.map((e) => [e.id, e])), [allEvents]);
  // A category's events do not depend on the list's filters: typing in the filter box must not
  // recompute a category's windows (a pass over every event).
  const catEvents = useMemo(() => (set === LIST ? null : allEvents.filter((e) => e.category === (set as Category))), [set, allEvents]);
  const events = catEvents ?? listEvents;
  const w = useMemo(() => (s ? alignedWindows(events, s, { from: win[0], to: win[1] }) : null), [events, s, win]);
  const scale = useMemo(() => (w ? traceScale(w, fit) : null), [w, fit]);
  const drawn = useMemo(() => (w ? tracesToDraw(w.paths) : null), [w]);
  const [listLimit, setListLimit] = useState(LISTED);
  const listed = w ? w.paths.slice(0, listLimit) : [];
  const windows = WINDOWS.some(([a, b]) => a === win[0] && b === win[1]) ? WINDOWS : [...WINDOWS, [win[0], win[1]] as [number, number]];
  const label = (id: string) => {
    const e = byId.get(id);
    return e ? `${e.date} · ${eventTitle(e, lang)}` : id;
  };
  const setName = set === LIST ? t('reactions.aligned.setList') : t('reactions.aligned.setCategory', { category: categoryLabel(t, set) });
  const last = w ? w.count[w.count.length - 1] : 0;
  const chartHeight = Math.round(Math.min(380, Math.max(260, width * 0.42)));

  return (
    <section className="rx-aligned rx-card" aria-labelledby="rx-aligned-h">
      <div className="rx-head">
        <h3 id="rx-aligned-h">{t('reactions.aligned.heading')}</h3>
        <label className="inline-field">
          <span>{t('reactions.aligned.events')}</span>
          <select aria-label={t('reactions.aligned.eventsLabel')} value={set} onChange={(e) => setChoice(e.target.value)}>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {categoryLabel(t, c)}
              </option>
            ))}
            <option value={LIST}>{t('reactions.aligned.listOption', { n: listEvents.length })}</option>
          </select>
        </label>
        <label className="inline-field">
          <span>{t('reactions.detail.series')}</span>
          <select aria-label={t('reactions.aligned.seriesLabel')} value={s ? keyOf(s) : ''} onChange={(e) => setLineChoice(e.target.value)} disabled={series.length < 2}>
            {series.map((x) => (
              <option key={keyOf(x)} value={keyOf(x)}>
                {lineLabelWords(t, x, series)}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-field">
          <span>{t('reactions.aligned.window')}</span>
          <select aria-label={t('reactions.aligned.windowLabel')} value={win.join(',')} onChange={(e) => onWin(e.target.value.split(',').map(Number) as [number, number])}>
            {windows.map(([a, b]) => (
              <option key={`${a},${b}`} value={`${a},${b}`}>
                {dayLabel(a)} … {dayLabel(b)}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-field">
          <span>{t('reactions.aligned.scale')}</span>
          <select aria-label={t('reactions.aligned.scaleLabel')} value={fit} onChange={(e) => setFit(e.target.value as Fit)}>
            <option value="core">{t('reactions.aligned.scaleCore')}</option>
            <option value="all">{t('reactions.aligned.scaleAll')}</option>
          </select>
        </label>
      </div>
      <div ref={boxRef} className="rx-aligned-body">
        {!s || !w ? (
          <p className="muted">{t('reactions.aligned.pickSeries')}</p>
        ) : w.paths.length === 0 ? (
          <p className="muted">{t('reactions.aligned.noneWithT0', { set: setName, series: sLabel })}</p>
        ) : (
          chartShown ? (
            <AlignedWindowsChart w={w} traces={drawn!.traces} scale={scale!} colorVar={s.meta.colorVar} width={width} height={chartHeight} highlightId={highlight} label={label} onSelect={onSelect} />
          ) : (
            <div className="rx-aligned-pending" style={{ height: chartHeight }} aria-busy="true" />
          )
        )}
      </div>
      {s && w && (
        <div className="rx-caption small" data-testid="aligned-caption">
          <p>
            {rich(t, 'reactions.aligned.caption', { count: <strong>{t('reactions.aligned.count', { n: w.paths.length })}</strong>, set: setName, series: sLabel, unit })}
            {last < w.paths.length && <> {t('reactions.aligned.reach', { n: last, k: dayLabel(w.ks[w.ks.length - 1]) })}</>}
            {scale && scale.outside > 0 && <> {t('reactions.aligned.outside', { n: scale.outside })}</>}
            {drawn && drawn.traces.length < w.paths.length && <> {drawnText(t, drawn.traces.length, drawn.distinct, w.paths.length)}</>}
          </p>
          {w.paths.length > 0 && <p className="rx-mean-line">{t('reactions.aligned.mean', { summary: summary(t, w) })}</p>}
          {w.skipped.length > 0 && (
            <p className="muted">
              {t('reactions.aligned.skipped', { n: w.skipped.length, list: skippedText(t, w, s, byId).join('; ') })}
            </p>
          )}
          {w.paths.length > 0 && (
            <details className="rx-trace-list">
              <summary>{t('reactions.aligned.traces', { n: w.paths.length })}</summary>
              <ul onMouseLeave={() => setHighlight(null)}>
                {listed.map((p) => {
                  const j0 = w.ks.indexOf(0);
                  return (
                    <li key={p.eventId}>
                      <button
                        type="button"
                        className="link-button"
                        onMouseEnter={() => setHighlight(p.eventId)}
                        onFocus={() => setHighlight(p.eventId)}
                        onBlur={() => setHighlight(null)}
                        onClick={() => onSelect(p.eventId)}
                      >
                        {label(p.eventId)}
                      </button>{' '}
                      {j0 >= 0 && <span className="num muted">T0 {signed(p.values[j0])} %</span>}
                    </li>
                  );
                })}
              </ul>
              {w.paths.length > LISTED && (
                <p className="small muted">
                  {listed.length < w.paths.length
                    ? t('reactions.aligned.listedSome', { shown: formatDecimal(listed.length, 0, 0), n: formatDecimal(w.paths.length, 0, 0) })
                    : t('reactions.aligned.listedAll', { n: formatDecimal(w.paths.length, 0, 0) })}{' '}
                  {listed.length < w.paths.length && (
                    <button type="button" onClick={() => setListLimit((n) => n + LIST_MORE)}>
                      {t('reactions.aligned.listMore', { n: formatDecimal(Math.min(LIST_MORE, w.paths.length - listed.length), 0, 0) })}
                    </button>
                  )}{' '}
                  {listLimit > LISTED && (
                    <button type="button" onClick={() => setListLimit(LISTED)}>
                      {t('reactions.aligned.listFirst', { n: LISTED })}
                    </button>
                  )}
                </p>
              )}
            </details>
          )}
        </div>
      )}
    </section>
  );
}
