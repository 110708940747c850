import { useMemo } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { PAIRS, type PairId } from '../../../config/series';
import { niceTicks } from '../../../lib/chart/nice-ticks';
import { signed } from './reaction-format';

export interface WindowPath {
  pair: PairId;
  /** values[j] at relative trading day ks[j], % vs T−1; null outside the data. */
  values: (number | null)[];
}

interface Props {
  ks: readonly number[];
  paths: readonly WindowPath[];
  width: number;
  height?: number;
}

type Row = { k: number } & Partial<Record<PairId, number>>;

/** "T0", "T+5", "T−10". */
export function dayLabel(k: number): string {
  return k === 0 ? 'T0' : `T${k > 0 ? '+' : '\u2212'}${Math.abs(k)}`;
}

/** Ticks every 5 (or 10, 20 for long windows) trading days, always with T−1 and T0. */
export function relativeTicks(from: number, to: number): number[] {
  const span = to - from;
  const step = span <= 40 ? 5 : span <= 90 ? 10 : 20;
  const out = new Set<number>([from, to, 0]);
  for (let k = Math.ceil(from / step) * step; k <= to; k += step) out.add(k);
  return [...out].sort((a, b) => a - b);
}

/** The selected event's window T−10…T+20, each shown pair rebased to 0 % at T−1. */
export function WindowChart({ ks, paths, width, height = 190 }: Props) {
  const data = useMemo(() => {
    const rows: Row[] = ks.map((k) => ({ k }));
    let lo = 0;
    let hi = 0;
    for (const p of paths) {
      p.values.forEach((v, j) => {
        if (v === null) return;
        rows[j][p.pair] = v;
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      });
    }
    return { rows, y: niceTicks(lo, hi, 7) };
  }, [ks, paths]);
  if (!ks.length || !paths.length) return null;
  const from = ks[0];
  const to = ks[ks.length - 1];
  return (
    <figure className="rx-window-chart" aria-label={`Rates from ${dayLabel(from)} to ${dayLabel(to)}, % change against T−1`}>
      <LineChart width={width} height={height} data={data.rows} margin={{ top: 8, right: 12, bottom: 0, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid stroke="var(--grid)" vertical={false} />
        <XAxis
          dataKey="k"
          type="number"
          domain={[from, to]}
          ticks={relativeTicks(from, to)}
          tickFormatter={dayLabel}
          stroke="var(--muted)"
          tick={{ fill: 'var(--muted)', fontSize: 11 }}
        />
        <YAxis
          width={52}
          domain={data.y.domain}
          ticks={data.y.ticks}
          tickFormatter={(v: number) => `${signed(v, 1)}%`}
          stroke="var(--muted)"
          tick={{ fill: 'var(--muted)', fontSize: 11 }}
        />
        <ReferenceLine y={0} stroke="var(--muted)" strokeOpacity={0.7} />
        <ReferenceLine x={0} stroke="var(--fg)" strokeDasharray="3 3" strokeOpacity={0.6} label={{ value: 'T0', position: 'insideTopLeft', fill: 'var(--muted)', fontSize: 11 }} />
        <ReferenceLine x={-1} stroke="var(--muted)" strokeOpacity={0.3} />
        <Tooltip
          isAnimationActive={false}
          cursor={{ stroke: 'var(--muted)', strokeDasharray: '3 3' }}
          content={({ label, payload }) =>
            label === undefined || !payload?.length ? null : (
              <div className="chart-tooltip">
                <div className="muted small">{dayLabel(Number(label))} (trading days from T0)</div>
                {payload.map((it) => (
                  <div key={String(it.dataKey)} className="chart-tooltip-row">
                    <span className="swatch" style={{ background: `var(--pair-${String(it.dataKey)})` }} />
                    <span>{PAIRS[it.dataKey as PairId].label}</span>
                    <strong className="num">{signed(Number(it.value))} %</strong>
                  </div>
                ))}
              </div>
            )
          }
        />
        {paths.map((p) => (
          <Line
            key={p.pair}
            dataKey={p.pair}
            name={PAIRS[p.pair].label}
            stroke={`var(--pair-${p.pair})`}
            strokeWidth={1.8}
            dot={{ r: 1.6, strokeWidth: 0, fill: `var(--pair-${p.pair})` }}
            activeDot={{ r: 3.5 }}
            isAnimationActive={false}
            connectNulls={false}
          />
        ))}
      </LineChart>
      <figcaption className="muted small">
        % change against T−1 (↑ = weaker won) · x: trading days (observations) from T0 · each observation is a dot; no value is filled in
      </figcaption>
    </figure>
  );
}
