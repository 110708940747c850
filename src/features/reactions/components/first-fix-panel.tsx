import { useMemo } from 'react';
import { sourceShort } from '../../rates/model/registry';
import { firstFix, type Feed, type ReactionRow } from '../model';
import { durationText, inZone, SEOUL, signed, STATUS_SHORT, viewerZone, zBand } from './reaction-format';

/** The panel's words, kept together (a Korean catalogue comes later). */
export const FIRST_FIX_TEXT = {
  heading: 'Which fix saw it first',
  caption: (zone: string) => `Each shown series' first observation at or after the news (T0), earliest first, in Seoul time${zone === SEOUL ? '' : ' and yours'}, with its move at T0`,
  series: 'Series',
  observation: 'T0 observation',
  seoul: 'Seoul',
  yours: (zone: string) => `Your time (${zone})`,
  chg0: 'chg_0',
  z0: 'z_0',
  fix: (label: string) => `fix at ${label}`,
  bar: 'intraday bar',
  date: 'daily, by date',
  noT0: (why: string) => `No T0: ${why}`,
  /** "The ECB fix" / "My NDF" (first), "H.10" / "My NDF" (the other). */
  feedFirst: (f: Feed) => (f.builtIn ? `The ${sourceShort(f.source)} fix` : f.label),
  feedOther: (f: Feed) => (f.builtIn ? sourceShort(f.source) : f.label),
  lead: (first: string, gap: string, other: string) => `${first} saw it first, ${gap} before ${other}.`,
};

const T = FIRST_FIX_TEXT;

function observationText(r: ReactionRow): string {
  if (r.meta.resolution === 'intraday') return T.bar;
  return r.meta.fix ? T.fix(r.meta.fix.label) : T.date;
}

interface Props {
  /** The selected event's rows, one per shown line. */
  rows: readonly ReactionRow[];
  /** The viewer's zone (default: the browser's). */
  zone?: string;
}

/**
 * "Which fix saw it first": every shown line's T0 instant in Seoul time and the viewer's, in
 * order, with its chg_0 and z_0 side by side, and a one-line lead when two sources saw the event
 * at different instants (e.g. a Seoul-morning shock: the ECB fix hours before H.10's). Nothing
 * when no line has a T0.
 */
export function FirstFixPanel({ rows, zone = viewerZone() }: Props) {
  const f = useMemo(() => firstFix(rows), [rows]);
  if (!f.seen.length) return null;
  const yours = zone !== SEOUL;
  return (
    <section className="rx-first-fix rx-card" aria-labelledby="rx-first-fix-h">
      <h3 id="rx-first-fix-h">{T.heading}</h3>
      {f.lead && <p className="rx-lead">{T.lead(T.feedFirst(f.lead.first), durationText(f.lead.gapMs), T.feedOther(f.lead.other))}</p>}
      <div className="rx-table-wrap">
        <table className="rx-figures">
          <caption className="sr-only">{T.caption(zone)}</caption>
          <thead>
            <tr>
              <th scope="col">{T.series}</th>
              <th scope="col">{T.observation}</th>
              <th scope="col">{T.seoul}</th>
              {yours && <th scope="col">{T.yours(zone)}</th>}
              <th scope="col">{T.chg0}</th>
              <th scope="col">{T.z0}</th>
            </tr>
          </thead>
          <tbody>
            {f.seen.map((r) => (
              <tr key={r.line} data-line={r.line}>
                <th scope="row">
                  <span className="swatch line" style={{ background: `var(${r.meta.colorVar})` }} /> {r.label}
                </th>
                <td className="l">{observationText(r)}</td>
                <td className="num">{inZone(r.t0At, SEOUL)}</td>
                {yours && <td className="num">{inZone(r.t0At, zone)}</td>}
                <td className="num">
                  {signed(r.chg0)}
                  {r.chg0 !== null && <span className="unit">%</span>}
                </td>
                <td className={`num rx-z rx-z-${r.z0 === null ? 'none' : zBand(r.z0)}`}>{r.z0 === null ? '—' : `${signed(r.z0)}σ`}</td>
              </tr>
            ))}
            {f.unseen.map((r) => (
              <tr key={r.line} data-line={r.line}>
                <th scope="row">{r.label}</th>
                <td colSpan={yours ? 5 : 4} className="rx-status">
                  {T.noT0(r.status === 'ok' ? '' : STATUS_SHORT[r.status])}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
