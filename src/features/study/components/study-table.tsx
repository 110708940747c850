import { windowKey, type StudyRow } from '../model';
import { groupLabel, leftOutText, markOf, pctText, placeboMissText, plusMeans, pText, qCount, windowLabel } from './study-text';

interface Props {
  rows: readonly StudyRow[];
  /** Per group: overlapping events left out (shown when `exclOverlap`). */
  overlapLeftOut: Record<string, number>;
  exclOverlap: boolean;
  /** A KRW price: a rise is a weaker won. */
  krw: boolean;
}

const num = (x: number | null, d: number) => (x === null ? '—' : x.toFixed(d).replace(/^-/, '−'));

/** One row per group × window: N, mean and median CAR, share positive, each test's p, and q. */
export function StudyTable({ rows, overlapLeftOut, exclOverlap, krw }: Props) {
  const spans = new Map<string, number>();
  for (const r of rows) spans.set(r.group, (spans.get(r.group) ?? 0) + 1);
  const { tested, untested } = qCount(rows);
  return (
    <div className="rx-table-wrap st-table-wrap">
      <table className="rx-figures st-table">
        <caption className="muted small">
          CAR in % ({plusMeans(krw)}; 95 % intervals in the chart); p two-sided; q = Benjamini–Hochberg over the {tested} p&apos;s of t in this table
          {untested > 0 ? ` (${untested} ${untested === 1 ? 'row has' : 'rows have'} no test and ${untested === 1 ? 'is' : 'are'} not counted)` : ''}.
        </caption>
        <thead>
          <tr>
            <th scope="col">Group</th>
            <th scope="col">Window</th>
            <th scope="col">N</th>
            <th scope="col">Mean CAR</th>
            <th scope="col">Median</th>
            <th scope="col">Share +</th>
            <th scope="col">t</th>
            <th scope="col">p (t)</th>
            <th scope="col">p (BMP)</th>
            <th scope="col">p (sign)</th>
            <th scope="col">p (gen. sign)</th>
            <th scope="col">p (placebo)</th>
            <th scope="col">q</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => {
            const first = i === 0 || rows[i - 1].group !== r.group;
            const mark = markOf(r.pT, r.q);
            const out = leftOutText(r.leftOut);
            const overlaps = exclOverlap ? (overlapLeftOut[r.group] ?? 0) : 0;
            return (
              <tr key={`${r.group}|${windowKey(r.window)}`} className={first ? 'st-first' : undefined} data-group={r.group} data-window={windowKey(r.window)}>
                {first && (
                  <th scope="rowgroup" rowSpan={spans.get(r.group)}>
                    {groupLabel(r.group)}
                    {overlaps > 0 && <div className="muted small">{overlaps} overlapping left out</div>}
                  </th>
                )}
                <th scope="row">{windowLabel(r.window)}</th>
                <td className="num" title={out ?? undefined}>
                  {r.n}
                  {out && <span className="st-out" aria-label={out}> *</span>}
                </td>
                <td className={`num${mark ? ` st-sig-${mark}` : ''}`}>{pctText(r.meanCar)}</td>
                <td className="num">{pctText(r.medianCar)}</td>
                <td className="num">{r.sharePositive === null ? '—' : `${Math.round(r.sharePositive * 100)} %`}</td>
                <td className="num">{num(r.t, 2)}</td>
                <td className={`num${mark ? ` st-sig-${mark}` : ''}`}>{pText(r.pT)}</td>
                <td className="num">{pText(r.pBmp)}</td>
                <td className="num">{pText(r.pSign)}</td>
                <td className="num">{pText(r.pRank)}</td>
                <td className="num" title={r.placeboMiss ? placeboMissText(r.placeboMiss) : undefined}>
                  {r.placeboMiss ? 'n/a' : pText(r.pPlacebo)}
                </td>
                <td className={`num${mark === 'q' ? ' st-sig-q' : ''}`}>{pText(r.q)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
