import { isoDateInZone, isoFromDay, type EpochDay, type UnixMs } from '../../../lib/units';
import type { KrwEvent } from '../../events/model/event-schema';
import { eventAnchor, type ReactionRow } from '../model';
import { inZone, SEOUL, zoneCity } from './reaction-format';

interface Props {
  event: KrwEvent;
  /** This event's rows, one per shown line. */
  rows: readonly ReactionRow[];
  /** The viewer's zone. */
  zone: string;
}

/** How a line's observations are placed in time: at a daily fix, on intraday bars, or by date alone. */
function kindOf(r: ReactionRow): 'fix' | 'bar' | 'date' {
  if (r.meta.resolution === 'intraday') return 'bar';
  return r.meta.fix ? 'fix' : 'date';
}

/** Lines whose T0 and T−1 are the same observations in time (e.g. every pair of one source): told once. */
function groups(rows: readonly ReactionRow[]): ReactionRow[][] {
  const by = new Map<string, ReactionRow[]>();
  for (const r of rows) {
    if (r.t0At === null) continue;
    const key = `${r.t0At}|${r.baseAt ?? ''}|${kindOf(r)}|${r.meta.fix?.label ?? ''}`;
    const g = by.get(key);
    if (g) g.push(r);
    else by.set(key, [r]);
  }
  return [...by.values()];
}

/** "the 2016-01-06 fix at noon New York = 2016-01-07 02:00 Seoul", "the bar of 2024-07-03 10:30 Seoul", or the date. */
function Observation({ r, at, day, strong }: { r: ReactionRow; at: UnixMs; day: EpochDay; strong: boolean }) {
  const kind = kindOf(r);
  const seoul = strong ? <strong className="num">{inZone(at, SEOUL)}</strong> : <span className="num">{inZone(at, SEOUL)}</span>;
  if (kind === 'date') return <strong className="num">{isoFromDay(day)}</strong>;
  if (kind === 'bar') return <>the bar of {seoul} Seoul</>;
  return (
    <>
      the {isoFromDay(day)} fix at {r.meta.fix!.label} = {seoul} Seoul
    </>
  );
}

/**
 * When the news came out and, line by line, which observation was T0 and which T−1: in Seoul time
 * and in the viewer's zone (to the minute for an intraday bar, the fix for a daily series).
 */
export function ReactionTiming({ event, rows, zone }: Props) {
  const anchor = eventAnchor(event);
  const intraday = rows.some((r) => r.meta.resolution === 'intraday');
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
            <strong className="num">{event.date}</strong> ({zoneCity(event.timezone)} date; time not known): T0 is the first
            observation dated on or after it{intraday && <> (on an intraday series the first bar from 00:00 {zoneCity(event.timezone)} that day)</>}
          </>
        )}
      </p>
      {groups(rows).map((g) => {
        const r = g[0];
        const t0At = r.t0At!;
        const kind = kindOf(r);
        const what = kind === 'bar' ? 'bar' : 'fix';
        // The fix of the announcement's own date (in the fix's zone) came before it: T−1 is that fix.
        const fixedBefore =
          kind === 'fix' && anchor.instant !== null && r.baseDate !== null && isoDateInZone(new Date(anchor.instant), r.meta.fix!.zone) === isoFromDay(r.baseDate);
        return (
          <div key={r.line} className="rx-t0" data-lines={g.map((x) => x.line).join(' ')}>
            <p>
              {rows.length > 1 && <><span className="rx-line">{g.map((x) => x.label).join(', ')}</span>: </>}
              <span className="rx-k">First {what} to see it (T0)</span> <Observation r={r} at={t0At} day={r.t0!} strong />
              {fixedBefore && <span className="muted"> (the {isoFromDay(r.baseDate!)} fix came before the announcement)</span>}
              {r.baseAt !== null && r.baseDate !== null && (
                <>
                  {' '}· <span className="rx-k">T−1</span>{' '}
                  {kind === 'fix' ? (
                    <span className="num">
                      {isoFromDay(r.baseDate)} fix = {inZone(r.baseAt, SEOUL)} Seoul
                    </span>
                  ) : kind === 'bar' ? (
                    <span className="num">{inZone(r.baseAt, SEOUL)} Seoul</span>
                  ) : (
                    <span className="num">{isoFromDay(r.baseDate)}</span>
                  )}
                </>
              )}
            </p>
            {kind !== 'date' && zone !== SEOUL && (
              <p className="muted small">
                In your time ({zone}) the T0 {what} was at <span className="num">{inZone(t0At, zone)}</span>
                {r.baseAt !== null && (
                  <>
                    , T−1 at <span className="num">{inZone(r.baseAt, zone)}</span>
                  </>
                )}
                .
              </p>
            )}
          </div>
        );
      })}
    </div>
  );
}
