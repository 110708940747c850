import { useMemo } from 'react';
import { useElementWidth } from '../../../components/ui/use-element-width';
import { asDay, isoFromDay } from '../../../lib/units';
import type { KrwEvent } from '../../events/model/event-schema';
import { lineKeyOf } from '../../rates/model/registry';
import type { Series } from '../../rates/model/series';
import { alignedWindows, type EventStudyFigures, type ReactionRow } from '../model';
import { AbnormalReturns } from './abnormal-returns';
import { formatDecimal } from '../../../lib/number-format';
import { direction, level, overlapNames, rateText, signed, statusText, viewerZone, zBand, zReading } from './reaction-format';
import { ReactionTiming } from './reaction-timing';
import { findingFor } from './study-notes';
import { WindowChart, type WindowPath } from './window-chart';

interface Props {
  event: KrwEvent;
  /** This event's rows, one per shown line. */
  rows: readonly ReactionRow[];
  /** The shown lines (the rows' series). */
  series: readonly Series[];
  win: readonly [number, number];
  /** Date and title of every event, to name overlapping ones. */
  titles: ReadonlyMap<string, { date: string; title: string }>;
  onSelect: (id: string) => void;
  /** The viewer's zone (default: the browser's). */
  zone?: string;
  /** The event study's figures (AR₀, CARs): null while computed, absent to leave them out. */
  study?: EventStudyFigures | null;
}

function ChangeCell({ x }: { x: number | null }) {
  return (
    <td className="num" title={direction(x) || undefined}>
      {signed(x)}
      {x !== null && <span className="unit">%</span>}
    </td>
  );
}

/** The selected event: when the market saw it, how each shown line moved, and whether that was unusual. */
export function ReactionDetail({ event, rows, series, win, titles, onSelect, zone = viewerZone(), study }: Props) {
  const [boxRef, width] = useElementWidth<HTMLDivElement>(640);
  const byLine = useMemo(() => new Map(series.map((s) => [lineKeyOf(s.id, s.source, s.compare === true), s])), [series]);
  const windows = useMemo(() => {
    const paths: WindowPath[] = [];
    let ks: number[] = [];
    for (const r of rows) {
      const s = byLine.get(r.line);
      if (!s || r.status !== 'ok') continue;
      const w = alignedWindows([event], s, { from: win[0], to: win[1] });
      ks = w.ks;
      if (w.paths[0]) paths.push({ key: r.line, label: r.label, colorVar: r.meta.colorVar, dashed: s.compare, values: w.paths[0].values });
    }
    return { ks, paths };
  }, [rows, byLine, event, win]);
  const finding = findingFor(event);
  const overlaps = overlapNames(rows);
  const overlapIds = overlaps.ids;
  const bounds = (r: ReactionRow) => {
    const s = byLine.get(r.line);
    const n = s?.days.length ?? 0;
    return s && n ? [isoFromDay(asDay(s.days[0])), isoFromDay(asDay(s.days[n - 1]))] : [null, null];
  };

  return (
    <section className="rx-detail rx-card" aria-label="Market reaction figures">
      <h3>Market reaction</h3>
      <ReactionTiming event={event} rows={rows} zone={zone} />
      <div className="rx-table-wrap">
        <table className="rx-figures">
          <thead>
            <tr>
              <th scope="col">Series</th>
              <th scope="col" title="Move from T−1 to T0">chg_0</th>
              <th scope="col" title="Move from T−1 to the 5th observation after T0">chg_5</th>
              <th scope="col" title="Move from T−1 to the 20th observation after T0">chg_20</th>
              <th scope="col" title="Move over the five observations before T−1">pre_drift</th>
              <th scope="col" title="Volatility over the 60 returns (days, or bars of an intraday series) ending at T−1">pre_vol</th>
              <th scope="col" title="chg_0 as a log move, in units of pre_vol">z_0</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              if (r.status !== 'ok') {
                const [f, l] = bounds(r);
                return (
                  <tr key={r.line}>
                    <th scope="row">{r.label}</th>
                    <td colSpan={6} className="rx-status">
                      No reaction: the event is {statusText(r.status, f, l)}.
                    </td>
                  </tr>
                );
              }
              return [
                <tr key={r.line}>
                  <th scope="row">
                    <span className="swatch line" style={{ background: `var(${r.meta.colorVar})` }} /> {r.label}
                  </th>
                  <ChangeCell x={r.chg0} />
                  <ChangeCell x={r.chg5} />
                  <ChangeCell x={r.chg20} />
                  <ChangeCell x={r.preDrift} />
                  <td className="num">{level(r.preVol)}<span className="unit">%</span></td>
                  <td className={`num rx-z rx-z-${r.z0 === null ? 'none' : zBand(r.z0)}`}>{r.z0 === null ? '—' : `${signed(r.z0)}σ`}</td>
                </tr>,
                r.adjusted && (
                  <tr key={`${r.line}-adj`} className="rx-adj">
                    <th scope="row" title="USD/KRW change minus the mean change of USD/JPY and USD/CNY">net of JPY/CNY basket</th>
                    <ChangeCell x={r.adjusted.chg0} />
                    <ChangeCell x={r.adjusted.chg5} />
                    <ChangeCell x={r.adjusted.chg20} />
                    <td colSpan={3} className="muted small">market-adjusted: the won&apos;s own move</td>
                  </tr>
                ),
              ];
            })}
          </tbody>
        </table>
      </div>
      <ul className="rx-readings">
        {rows
          .filter((r) => r.status === 'ok')
          .map((r) => (
            <li key={r.line}>
              <strong>{r.label}</strong>: {r.chg0 !== null && <>{signed(r.chg0)} % at T0 ({direction(r.chg0) || 'unchanged'}), </>}
              <span className="rx-reading">{zReading(r.z0, r.meta.resolution === 'intraday')}</span>
              {r.baseRate !== null && r.t0Rate !== null && (
                <span className="muted">
                  {' '}· {rateText(r.baseRate)} → {rateText(r.t0Rate)} {r.meta.unit}
                </span>
              )}
            </li>
          ))}
      </ul>
      {study !== undefined && <AbnormalReturns rows={rows} study={study} />}
      {finding && (
        <p className="rx-study small">
          <span className="rx-k">Reading it</span> {finding.text}{' '}
          <cite>
            <a href={finding.url} target="_blank" rel="noreferrer noopener">
              {finding.cite}
            </a>
          </cite>
        </p>
      )}
      {overlapIds.length > 0 && (
        <p className="rx-overlap">
          <span className="rx-flag">overlap</span> Another event falls within five observations of T0, so this move is not this event&apos;s alone:{' '}
          {overlapIds.map((id, i) => (
            <span key={id}>
              {i > 0 && ', '}
              <button type="button" className="link-button" onClick={() => onSelect(id)}>
                {titles.get(id)?.date} {titles.get(id)?.title ?? id}
              </button>
            </span>
          ))}
          {overlaps.more > 0 && <> and {formatDecimal(overlaps.more, 0, 0)} more</>}
        </p>
      )}
      <div ref={boxRef}>
        {windows.paths.length > 0 && <WindowChart ks={windows.ks} paths={windows.paths} width={Math.min(width, 1100)} />}
      </div>
    </section>
  );
}
