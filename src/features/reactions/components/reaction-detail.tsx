import { useMemo } from 'react';
import { PAIRS, SOURCES, type SourceId } from '../../../config/series';
import { useElementWidth } from '../../../components/ui/use-element-width';
import { isoFromDay, type EpochDay } from '../../../lib/units';
import type { KrwEvent } from '../../events/model/event-schema';
import { valueOn, type SeriesSet } from '../../rates/model/series';
import { alignedWindows, eventAnchor, fixInstant, type ReactionRow } from '../model';
import { formatDecimal } from '../../../lib/number-format';
import { direction, inZone, level, overlapNames, rateText, signed, statusText, viewerZone, zBand, zoneCity, zReading } from './reaction-format';
import { findingFor } from './study-notes';
import { WindowChart, type WindowPath } from './window-chart';

const SEOUL = 'Asia/Seoul';

interface Props {
  event: KrwEvent;
  /** This event's rows, one per shown pair. */
  rows: readonly ReactionRow[];
  series: SeriesSet;
  source: SourceId;
  win: readonly [number, number];
  /** Date and title of every event, to name overlapping ones. */
  titles: ReadonlyMap<string, { date: string; title: string }>;
  onSelect: (id: string) => void;
  /** The viewer's zone (default: the browser's). */
  zone?: string;
}

interface TimingProps {
  event: KrwEvent;
  row: ReactionRow | undefined;
  source: SourceId;
  zone: string;
  /** Whether the series has an observation on a given day (to say that day's fix came too early). */
  observed: (day: number) => boolean;
}

function Timing({ event, row, source, zone, observed }: TimingProps) {
  const anchor = eventAnchor(event, source);
  const src = SOURCES[source];
  const fix = row?.t0 != null ? fixInstant(row.t0, source) : null;
  return (
    <div className="rx-timing">
      <p>
        <span className="rx-k">Announced</span>{' '}
        {anchor.instant !== null ? (
          <>
            <strong className="num">{inZone(anchor.instant, event.timezone)}</strong> {zoneCity(event.timezone)}
            {event.timezone !== SEOUL && <> = <span className="num">{inZone(anchor.instant, SEOUL)}</span> Seoul</>}
            {zone !== SEOUL && zone !== event.timezone && (
              <> = <span className="num">{inZone(anchor.instant, zone)}</span> your time ({zone})</>
            )}
          </>
        ) : (
          <>
            <strong className="num">{event.date}</strong> ({zoneCity(event.timezone)} date; {event.time ? 'this source has no fix time, so dates are compared' : 'time not known'}):
            T0 is the first observation dated on or after it
          </>
        )}
      </p>
      {row?.t0 != null && (
        <p>
          <span className="rx-k">First fix to see it (T0)</span>{' '}
          {fix !== null ? (
            <>
              the {isoFromDay(row.t0)} fix at {src.fixLabel} = <strong className="num">{inZone(fix, SEOUL)}</strong> Seoul
            </>
          ) : (
            <strong className="num">{isoFromDay(row.t0)}</strong>
          )}
          {anchor.instant !== null && !anchor.sameDay && observed(anchor.day) && (
            <span className="muted"> (the {isoFromDay(anchor.day)} fix came before the announcement)</span>
          )}
          {row.baseDate !== null && (
            <>
              {' '}· <span className="rx-k">T−1</span> <span className="num">{isoFromDay(row.baseDate)}</span>
            </>
          )}
        </p>
      )}
      {fix !== null && zone !== SEOUL && (
        <p className="muted small">
          In your time ({zone}) the T0 fix was at <span className="num">{inZone(fix, zone)}</span>.
        </p>
      )}
    </div>
  );
}

function ChangeCell({ x }: { x: number | null }) {
  return (
    <td className="num" title={direction(x) || undefined}>
      {signed(x)}
      {x !== null && <span className="unit">%</span>}
    </td>
  );
}

/** The selected event: when the market saw it, how each shown pair moved, and whether that was unusual. */
export function ReactionDetail({ event, rows, series, source, win, titles, onSelect, zone = viewerZone() }: Props) {
  const [boxRef, width] = useElementWidth<HTMLDivElement>(640);
  const first = rows.find((r) => r.status === 'ok') ?? rows.find((r) => r.t0 !== null) ?? rows[0];
  const windows = useMemo(() => {
    const paths: WindowPath[] = [];
    let ks: number[] = [];
    for (const r of rows) {
      const s = series[r.pair];
      if (!s || r.status !== 'ok') continue;
      const w = alignedWindows([event], s, { from: win[0], to: win[1] }, source);
      ks = w.ks;
      if (w.paths[0]) paths.push({ pair: r.pair, values: w.paths[0].values });
    }
    return { ks, paths };
  }, [rows, series, event, win, source]);
  const finding = findingFor(event);
  const overlaps = overlapNames(rows);
  const overlapIds = overlaps.ids;
  const bounds = (r: ReactionRow) => {
    const s = series[r.pair];
    const n = s?.days.length ?? 0;
    return n ? [isoFromDay(s!.days[0] as EpochDay), isoFromDay(s!.days[n - 1] as EpochDay)] : [null, null];
  };

  return (
    <section className="rx-detail rx-card" aria-label="Market reaction figures">
      <h3>Market reaction</h3>
      <Timing event={event} row={first} source={source} zone={zone} observed={(d) => (first && series[first.pair] ? valueOn(series[first.pair]!, d) !== null : false)} />
      <div className="rx-table-wrap">
        <table className="rx-figures">
          <thead>
            <tr>
              <th scope="col">Pair</th>
              <th scope="col" title="Move from T−1 to T0">chg_0</th>
              <th scope="col" title="Move from T−1 to the 5th observation after T0">chg_5</th>
              <th scope="col" title="Move from T−1 to the 20th observation after T0">chg_20</th>
              <th scope="col" title="Move over the five observations before T−1">pre_drift</th>
              <th scope="col" title="Daily volatility over the 60 returns ending at T−1">pre_vol</th>
              <th scope="col" title="chg_0 as a log move, in units of pre_vol">z_0</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              if (r.status !== 'ok') {
                const [f, l] = bounds(r);
                return (
                  <tr key={r.pair}>
                    <th scope="row">{PAIRS[r.pair].label}</th>
                    <td colSpan={6} className="rx-status">
                      No reaction: the event is {statusText(r.status, f, l)}.
                    </td>
                  </tr>
                );
              }
              return [
                <tr key={r.pair}>
                  <th scope="row">
                    <span className="swatch line" style={{ background: `var(--pair-${r.pair})` }} /> {PAIRS[r.pair].label}
                  </th>
                  <ChangeCell x={r.chg0} />
                  <ChangeCell x={r.chg5} />
                  <ChangeCell x={r.chg20} />
                  <ChangeCell x={r.preDrift} />
                  <td className="num">{level(r.preVol)}<span className="unit">%</span></td>
                  <td className={`num rx-z rx-z-${r.z0 === null ? 'none' : zBand(r.z0)}`}>{r.z0 === null ? '—' : `${signed(r.z0)}σ`}</td>
                </tr>,
                r.adjusted && (
                  <tr key={`${r.pair}-adj`} className="rx-adj">
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
            <li key={r.pair}>
              <strong>{PAIRS[r.pair].label}</strong>: {r.chg0 !== null && <>{signed(r.chg0)} % at T0 ({direction(r.chg0) || 'unchanged'}), </>}
              <span className="rx-reading">{zReading(r.z0)}</span>
              {r.baseRate !== null && r.t0Rate !== null && (
                <span className="muted">
                  {' '}· {rateText(r.baseRate)} → {rateText(r.t0Rate)} {PAIRS[r.pair].unit}
                </span>
              )}
            </li>
          ))}
      </ul>
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
