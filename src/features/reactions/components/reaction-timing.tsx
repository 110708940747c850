import { isoDateInZone, isoFromDay, type EpochDay, type UnixMs } from '../../../lib/units';
import type { KrwEvent } from '../../events/model/event-schema';
import { eventAnchor, type ReactionRow } from '../model';
import { msg } from '../../../i18n/message';
import { useT } from '../../../i18n/use-t';
import { fixName, inZone, lineName, SEOUL, zoneCity } from './reaction-format';
import { rich } from '../../../components/ui/rich-text';

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
  const { t } = useT();
  const kind = kindOf(r);
  const seoul = strong ? <strong className="num">{inZone(at, SEOUL)}</strong> : <span className="num">{inZone(at, SEOUL)}</span>;
  if (kind === 'date') return <strong className="num">{isoFromDay(day)}</strong>;
  if (kind === 'bar') return rich(t, 'reactions.timing.bar', { at: seoul });
  return rich(t, 'reactions.timing.fix', { date: isoFromDay(day), fix: fixName(t, r), at: seoul });
}

/**
 * When the news came out and, line by line, which observation was T0 and which T−1: in Seoul time
 * and in the viewer's zone (to the minute for an intraday bar, the fix for a daily series).
 */
export function ReactionTiming({ event, rows, zone }: Props) {
  const { t } = useT();
  const city = zoneCity(event.timezone);
  const anchor = eventAnchor(event);
  const intraday = rows.some((r) => r.meta.resolution === 'intraday');
  return (
    <div className="rx-timing">
      <p>
        <span className="rx-k">{t('reactions.timing.announced')}</span>{' '}
        {anchor.instant !== null ? (
          <>
            {rich(t, 'reactions.timing.local', { at: <strong className="num">{inZone(anchor.instant, event.timezone)}</strong>, city })}
            {event.timezone !== SEOUL && <> = {rich(t, 'reactions.timing.seoulAt', { at: <span className="num">{inZone(anchor.instant, SEOUL)}</span> })}</>}
            {zone !== SEOUL && zone !== event.timezone && (
              <> = {rich(t, 'reactions.timing.yoursAt', { at: <span className="num">{inZone(anchor.instant, zone)}</span>, zone })}</>
            )}
          </>
        ) : (
          <>
            {rich(t, 'reactions.timing.dateOnly', { date: <strong className="num">{event.date}</strong>, city })}
            {intraday && <> {t('reactions.timing.dateOnlyIntraday', { city })}</>}
          </>
        )}
      </p>
      {groups(rows).map((g) => {
        const r = g[0];
        const t0At = r.t0At!;
        const kind = kindOf(r);
        const what = msg(kind === 'bar' ? 'reactions.timing.what.bar' : 'reactions.timing.what.fix');
        // The fix of the announcement's own date (in the fix's zone) came before it: T−1 is that fix.
        const fixedBefore =
          kind === 'fix' && anchor.instant !== null && r.baseDate !== null && isoDateInZone(new Date(anchor.instant), r.meta.fix!.zone) === isoFromDay(r.baseDate);
        return (
          <div key={r.line} className="rx-t0" data-lines={g.map((x) => x.line).join(' ')}>
            <p>
              {rows.length > 1 && <><span className="rx-line">{g.map((x) => lineName(t, x)).join(', ')}</span>: </>}
              <span className="rx-k">{t(kind === 'bar' ? 'reactions.timing.firstBar' : 'reactions.timing.firstFix')}</span> <Observation r={r} at={t0At} day={r.t0!} strong />
              {fixedBefore && <span className="muted"> {t('reactions.timing.fixedBefore', { date: isoFromDay(r.baseDate!) })}</span>}
              {r.baseAt !== null && r.baseDate !== null && (
                <>
                  {' '}· <span className="rx-k">T−1</span>{' '}
                  {kind === 'fix' ? (
                    <span className="num">{t('reactions.timing.baseFix', { date: isoFromDay(r.baseDate), at: inZone(r.baseAt, SEOUL) })}</span>
                  ) : kind === 'bar' ? (
                    <span className="num">{t('reactions.timing.seoulAt', { at: inZone(r.baseAt, SEOUL) })}</span>
                  ) : (
                    <span className="num">{isoFromDay(r.baseDate)}</span>
                  )}
                </>
              )}
            </p>
            {kind !== 'date' && zone !== SEOUL && (
              <p className="muted small">
                {r.baseAt !== null
                  ? rich(t, 'reactions.timing.yoursBase', { zone, what, t0: <span className="num">{inZone(t0At, zone)}</span>, base: <span className="num">{inZone(r.baseAt, zone)}</span> })
                  : rich(t, 'reactions.timing.yours', { zone, what, t0: <span className="num">{inZone(t0At, zone)}</span> })}
              </p>
            )}
          </div>
        );
      })}
    </div>
  );
}
