import { useMemo, useState, type ReactNode } from 'react';
import { formatDecimal } from '../../../lib/number-format';
import { rangeEndDate } from '../../../lib/range-text';
import { dateText, isoDateText, type DateStyle } from '../../../i18n/date-text';
import { useT, type T } from '../../../i18n/use-t';
import type { Lang } from '../../../i18n/lang';
import { lineLabelWords } from '../../rates/model/line-label';
import type { Series } from '../../rates/model/series';
import { chartTable, seriesSummary, type TablePeriod } from '../model/chart-table';
import './chart-text.css';

export interface ChartTextAlternativeProps {
  series: readonly Series[];
  from: number;
  to: number;
  /** The events shown (filtered); those in [from, to] are counted. */
  events: readonly { at: number }[];
  /** Where the full data is (the data CSV download). */
  fullData?: ReactNode;
}

const value = (v: number) => formatDecimal(v, 2, 4);

/** A date, or for an intraday instant its date and UTC clock time. */
function atText(ms: number, intraday: boolean, lang: Lang): string {
  if (!intraday) return dateText(ms, lang, 'long');
  return `${dateText(ms, lang, 'short')} ${new Date(ms).toISOString().slice(11, 16)} UTC`;
}

const PERIOD_STYLE: Record<TablePeriod, DateStyle> = { hour: 'short', day: 'long', week: 'long', month: 'month', quarter: 'month', year: 'year' };

function periodText(t: T, start: number, period: TablePeriod, lang: Lang): string {
  const d = new Date(start);
  if (period === 'hour') return atText(start, true, lang);
  if (period === 'week') return t('timeline.table.weekOf', { date: dateText(start, lang, 'long') });
  if (period === 'quarter') return t('timeline.table.quarter', { year: d.getUTCFullYear(), q: Math.floor(d.getUTCMonth() / 3) + 1 });
  return dateText(start, lang, PERIOD_STYLE[period]);
}

/**
 * The chart's text alternative: a summary of what it shows (each line's first, last, low and high
 * in the range, the events' count) that screen readers reach with the chart (`aria-describedby`),
 * and, on request, a table of the visible observations, one row per period (the last observation
 * of each), with the full data one click away.
 */
export function ChartTextAlternative({ series, from, to, events, fullData }: ChartTextAlternativeProps) {
  const { t, lang } = useT();
  const [open, setOpen] = useState(false);
  const lines = useMemo(
    () =>
      series.map((s) => {
        const sum = seriesSummary(s, from, to);
        const name = lineLabelWords(t, s, series);
        if (!sum) return t('timeline.table.noData', { series: name });
        const intraday = s.meta.resolution === 'intraday';
        return t('timeline.table.line', {
          series: name,
          first: value(sum.first.value),
          firstAt: atText(sum.first.at, intraday, lang),
          last: value(sum.last.value),
          lastAt: atText(sum.last.at, intraday, lang),
          change: `${sum.changePct >= 0 ? '+' : '−'}${formatDecimal(Math.abs(sum.changePct), 2, 2)}`,
          low: value(sum.low.value),
          lowAt: atText(sum.low.at, intraday, lang),
          high: value(sum.high.value),
          highAt: atText(sum.high.at, intraday, lang),
          n: formatDecimal(sum.count, 0, 0),
        });
      }),
    [series, from, to, t, lang],
  );
  const table = useMemo(() => (open ? chartTable(series, from, to) : null), [open, series, from, to]);
  const eventCount = useMemo(() => events.reduce((n, e) => (e.at >= from && e.at < to ? n + 1 : n), 0), [events, from, to]);
  // `to` is exclusive at midnight: the range's last day is the one before.
  const range = t('timeline.table.range', { from: dateText(from, lang, 'long'), to: isoDateText(rangeEndDate(to, 'to'), lang, 'long') });

  return (
    <details className="chart-text" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('timeline.table.toggle')}</summary>
      <div id="chart-text-summary">
        <p>
          {range} {t('timeline.table.events', { count: eventCount, n: formatDecimal(eventCount, 0, 0) })}
        </p>
        <ul>
          {lines.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      </div>
      {table && (
        <div className="chart-text-table">
          <table>
            <caption>{t(`timeline.table.caption.${table.period}`)}</caption>
            <thead>
              <tr>
                <th scope="col">{t('timeline.table.period')}</th>
                {series.map((s, k) => (
                  <th scope="col" key={k}>
                    {lineLabelWords(t, s, series)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((r) => (
                <tr key={r.start}>
                  <th scope="row">{periodText(t, r.start, table.period, lang)}</th>
                  {r.cells.map((c, k) => (
                    <td key={k}>{c === null ? '—' : value(c)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {fullData && <p className="chart-text-full">{t('timeline.table.fullData')} {fullData}</p>}
    </details>
  );
}
