import { windowKey, type StudyRow } from '../model';
import { msg, useT } from '../../../i18n';
import { classes } from './classes';
import { groupLabel, leftOutMsg, markOf, pctText, placeboMissMsg, plusMeans, pText, qCount, windowLabel } from './study-text';

interface Props {
  rows: readonly StudyRow[];
  /** Per group: overlapping events left out (shown when `exclOverlap`). */
  overlapLeftOut: Record<string, number>;
  exclOverlap: boolean;
  /** A KRW price: a rise is a weaker won. */
  krw: boolean;
}

/** The columns, in order (study.table.col.<key>). */
const COLUMNS = ['group', 'window', 'n', 'mean', 'median', 'share', 't', 'pT', 'pBmp', 'pSign', 'pRank', 'pPlacebo', 'q'] as const;

const num = (x: number | null, d: number) => (x === null ? '—' : x.toFixed(d).replace(/^-/, '−'));

/** One row per group × window: N, mean and median CAR, share positive, each test's p, and q. */
export function StudyTable({ rows, overlapLeftOut, exclOverlap, krw }: Props) {
  const { t, tm } = useT();
  const spans = new Map<string, number>();
  for (const r of rows) spans.set(r.group, (spans.get(r.group) ?? 0) + 1);
  const { tested, untested } = qCount(rows);
  return (
    <div className="rx-table-wrap st-table-wrap">
      <table className="rx-figures st-table">
        <caption className="muted small">
          {t('study.table.caption', { plus: plusMeans(krw), tested, untested: untested > 0 ? msg('study.table.untested', { n: untested }) : '' })}
        </caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th key={c} scope="col">
                {t(`study.table.col.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => {
            const first = i === 0 || rows[i - 1].group !== r.group;
            const mark = markOf(r.pT, r.q);
            const outMsg = leftOutMsg(r.leftOut);
            const out = outMsg ? tm(outMsg) : null;
            const overlaps = exclOverlap ? (overlapLeftOut[r.group] ?? 0) : 0;
            return (
              <tr key={`${r.group}|${windowKey(r.window)}`} className={classes(first && 'st-first') || undefined} data-group={r.group} data-window={windowKey(r.window)}>
                {first && (
                  <th scope="rowgroup" rowSpan={spans.get(r.group)}>
                    {groupLabel(t, r.group)}
                    {overlaps > 0 && <div className="muted small">{t('study.table.overlapsLeftOut', { n: overlaps })}</div>}
                  </th>
                )}
                <th scope="row">{windowLabel(r.window)}</th>
                <td className="num" title={out ?? undefined}>
                  {r.n}
                  {out && <span className="st-out" aria-label={out}> *</span>}
                </td>
                <td className={classes('num', mark && `st-sig-${mark}`)}>{pctText(r.meanCar)}</td>
                <td className="num">{pctText(r.medianCar)}</td>
                <td className="num">{r.sharePositive === null ? '—' : `${Math.round(r.sharePositive * 100)} %`}</td>
                <td className="num">{num(r.t, 2)}</td>
                <td className={classes('num', mark && `st-sig-${mark}`)}>{pText(r.pT)}</td>
                <td className="num">{pText(r.pBmp)}</td>
                <td className="num">{pText(r.pSign)}</td>
                <td className="num">{pText(r.pRank)}</td>
                <td className="num" title={r.placeboMiss ? tm(placeboMissMsg(r.placeboMiss)) : undefined}>
                  {r.placeboMiss ? t('study.table.na') : pText(r.pPlacebo)}
                </td>
                <td className={classes('num', mark === 'q' && 'st-sig-q')}>{pText(r.q)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
