import { useMemo } from 'react';
import { useElementWidth } from '../../../components/ui/use-element-width';
import { asDay, isoFromDay } from '../../../lib/units';
import type { KrwEvent } from '../../events/model/event-schema';
import { lineKeyOf } from '../../rates/model/registry';
import type { Series } from '../../rates/model/series';
import { alignedWindows, type EventStudyFigures, type ReactionRow } from '../model';
import { AbnormalReturns } from './abnormal-returns';
import { seriesUnit } from '../../../i18n/labels';
import { msg } from '../../../i18n/message';
import { useT } from '../../../i18n/use-t';
import { formatDecimal } from '../../../lib/number-format';
import { direction, level, lineName, overlapNames, rateText, signed, statusText, viewerZone, zClass, zReading } from './reaction-format';
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

/** The figure columns: SPEC's names (the same in every language) and their tooltips' ids. */
const FIGURES: [string, string][] = [
  ['chg_0', 'reactions.detail.chg0Title'],
  ['chg_5', 'reactions.detail.chg5Title'],
  ['chg_20', 'reactions.detail.chg20Title'],
  ['pre_drift', 'reactions.detail.preDriftTitle'],
  ['pre_vol', 'reactions.detail.preVolTitle'],
  ['z_0', 'reactions.detail.z0Title'],
];

function ChangeCell({ x }: { x: number | null }) {
  const { tm } = useT();
  const dir = direction(x);
  return (
    <td className="num" title={dir ? tm(dir) : undefined}>
      {signed(x)}
      {x !== null && <span className="unit">%</span>}
    </td>
  );
}

/** The selected event: when the market saw it, how each shown line moved, and whether that was unusual. */
export function ReactionDetail({ event, rows, series, win, titles, onSelect, zone = viewerZone(), study }: Props) {
  const { t, tm } = useT();
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
      if (w.paths[0]) paths.push({ key: r.line, label: lineName(t, r), colorVar: r.meta.colorVar, dashed: s.compare, values: w.paths[0].values });
    }
    return { ks, paths };
  }, [rows, byLine, event, win, t]);
  const finding = findingFor(event);
  const overlaps = overlapNames(rows);
  const overlapIds = overlaps.ids;
  const bounds = (r: ReactionRow) => {
    const s = byLine.get(r.line);
    const n = s?.days.length ?? 0;
    return s && n ? [isoFromDay(asDay(s.days[0])), isoFromDay(asDay(s.days[n - 1]))] : [null, null];
  };

  return (
    <section className="rx-detail rx-card" aria-label={t('reactions.detail.label')}>
      <h3>{t('reactions.detail.heading')}</h3>
      <ReactionTiming event={event} rows={rows} zone={zone} />
      <div className="rx-table-wrap">
        <table className="rx-figures">
          <thead>
            <tr>
              <th scope="col">{t('reactions.detail.series')}</th>
              {FIGURES.map(([name, title]) => (
                <th key={name} scope="col" title={t(title)}>
                  {name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              if (r.status !== 'ok') {
                const [f, l] = bounds(r);
                return (
                  <tr key={r.line}>
                    <th scope="row">{lineName(t, r)}</th>
                    <td colSpan={6} className="rx-status">
                      {t('reactions.detail.noReaction', { why: statusText(r.status, f, l) })}
                    </td>
                  </tr>
                );
              }
              return [
                <tr key={r.line}>
                  <th scope="row">
                    <span className="swatch line" style={{ background: `var(${r.meta.colorVar})` }} /> {lineName(t, r)}
                  </th>
                  <ChangeCell x={r.chg0} />
                  <ChangeCell x={r.chg5} />
                  <ChangeCell x={r.chg20} />
                  <ChangeCell x={r.preDrift} />
                  <td className="num">{level(r.preVol)}<span className="unit">%</span></td>
                  <td className={zClass(r.z0)}>{r.z0 === null ? '—' : `${signed(r.z0)}σ`}</td>
                </tr>,
                r.adjusted && (
                  <tr key={`${r.line}|a`} className="rx-adj">
                    <th scope="row" title={t('reactions.detail.adjTitle')}>{t('reactions.detail.adj')}</th>
                    <ChangeCell x={r.adjusted.chg0} />
                    <ChangeCell x={r.adjusted.chg5} />
                    <ChangeCell x={r.adjusted.chg20} />
                    <td colSpan={3} className="muted small">{t('reactions.detail.adjNote')}</td>
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
              <strong>{lineName(t, r)}</strong>: {r.chg0 !== null && <>{t('reactions.detail.atT0', { x: signed(r.chg0), dir: direction(r.chg0) ?? msg('reactions.direction.unchanged') })} </>}
              <span className="rx-reading">{tm(zReading(r.z0, r.meta.resolution === 'intraday'))}</span>
              {r.baseRate !== null && r.t0Rate !== null && (
                <span className="muted">
                  {' '}· {rateText(r.baseRate)} → {rateText(r.t0Rate)} {seriesUnit(t, r.meta)}
                </span>
              )}
            </li>
          ))}
      </ul>
      {study !== undefined && <AbnormalReturns rows={rows} study={study} />}
      {finding && (
        <p className="rx-study small">
          <span className="rx-k">{t('reactions.detail.readingIt')}</span> {t(`reactions.finding.${finding.id}`)}{' '}
          <cite>
            <a href={finding.url} target="_blank" rel="noreferrer noopener">
              {finding.cite}
            </a>
          </cite>
        </p>
      )}
      {overlapIds.length > 0 && (
        <p className="rx-overlap">
          <span className="rx-flag">{t('reactions.flag.overlap')}</span> {t('reactions.detail.overlap')}{' '}
          {overlapIds.map((id, i) => (
            <span key={id}>
              {i > 0 && ', '}
              <button type="button" className="link-button" onClick={() => onSelect(id)}>
                {titles.get(id)?.date} {titles.get(id)?.title ?? id}
              </button>
            </span>
          ))}
          {overlaps.more > 0 && <> {t('reactions.detail.overlapMore', { n: formatDecimal(overlaps.more, 0, 0) })}</>}
        </p>
      )}
      <div ref={boxRef}>
        {windows.paths.length > 0 && <WindowChart ks={windows.ks} paths={windows.paths} width={Math.min(width, 1100)} />}
      </div>
    </section>
  );
}
