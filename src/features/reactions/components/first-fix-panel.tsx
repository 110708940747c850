import { useMemo } from 'react';
import { sourceShort } from '../../rates/model/registry';
import { firstFix, type Feed, type ReactionRow } from '../model';
import { useT, type T } from '../../../i18n/use-t';
import { durationText, fixName, inZone, lineName, SEOUL, signed, STATUS_SHORT, viewerZone, zClass } from './reaction-format';

/** The first feed named in the lead: "The ECB fix" / "My NDF". */
function feedFirst(t: T, f: Feed): string {
  return f.builtIn ? t('reactions.firstFix.feedFirst', { source: sourceShort(f.source) }) : f.label;
}

/** The other feed: "H.10" / "My NDF". */
function feedOther(f: Feed): string {
  return f.builtIn ? sourceShort(f.source) : f.label;
}

/** SPEC's column names, the same in every language. */
const CHG0 = 'chg_0';
const Z0 = 'z_0';

function observationText(t: T, r: ReactionRow): string {
  if (r.meta.resolution === 'intraday') return t('reactions.firstFix.bar');
  return r.meta.fix ? t('reactions.firstFix.fix', { fix: fixName(t, r) }) : t('reactions.firstFix.date');
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
  const { t } = useT();
  const f = useMemo(() => firstFix(rows), [rows]);
  if (!f.seen.length) return null;
  const yours = zone !== SEOUL;
  return (
    <section className="rx-first-fix rx-card" aria-labelledby="rx-first-fix-h">
      <h3 id="rx-first-fix-h">{t('reactions.firstFix.heading')}</h3>
      {f.lead && <p className="rx-lead">{t('reactions.firstFix.lead', { first: feedFirst(t, f.lead.first), gap: durationText(f.lead.gapMs), other: feedOther(f.lead.other) })}</p>}
      <div className="rx-table-wrap">
        <table className="rx-figures">
          <caption className="sr-only">{t(yours ? 'reactions.firstFix.captionYours' : 'reactions.firstFix.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reactions.detail.series')}</th>
              <th scope="col">{t('reactions.firstFix.observation')}</th>
              <th scope="col">{t('reactions.firstFix.seoul')}</th>
              {yours && <th scope="col">{t('reactions.firstFix.yours', { zone })}</th>}
              <th scope="col">{CHG0}</th>
              <th scope="col">{Z0}</th>
            </tr>
          </thead>
          <tbody>
            {f.seen.map((r) => (
              <tr key={r.line} data-line={r.line}>
                <th scope="row">
                  <span className="swatch line" style={{ background: `var(${r.meta.colorVar})` }} /> {lineName(t, r)}
                </th>
                <td className="l">{observationText(t, r)}</td>
                <td className="num">{inZone(r.t0At, SEOUL)}</td>
                {yours && <td className="num">{inZone(r.t0At, zone)}</td>}
                <td className="num">
                  {signed(r.chg0)}
                  {r.chg0 !== null && <span className="unit">%</span>}
                </td>
                <td className={zClass(r.z0)}>{r.z0 === null ? '—' : `${signed(r.z0)}σ`}</td>
              </tr>
            ))}
            {f.unseen.map((r) => (
              <tr key={r.line} data-line={r.line}>
                <th scope="row">{lineName(t, r)}</th>
                <td colSpan={yours ? 5 : 4} className="rx-status">
                  {t('reactions.firstFix.noT0', { why: r.status === 'ok' ? '' : STATUS_SHORT[r.status] })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
