import { useMemo } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { niceTicks } from '../../../lib/chart/nice-ticks';
import { useT } from '../../../i18n/use-t';
import { cssVar, signed } from './reaction-format';

export interface WindowPath {
  /** The line's key (ReactionRow.line). */
  key: string;
  label: string;
  /** The CSS custom property of its colour (SeriesMeta.colorVar). */
  colorVar: string;
  /** A comparison line (drawn dashed, as on the chart). */
  dashed?: boolean;
  /** values[j] at relative trading day ks[j], % vs T−1; null outside the data. */
  values: (number | null)[];
}

interface Props {
  ks: readonly number[];
  paths: readonly WindowPath[];
  width: number;
  height?: number;
}

/** Per relative day: `k`, and the value of path j under `l<j>` (line keys may hold `:` or `@`, not for a data key). */
type Row = { k: number } & Partial<Record<`l${number}`, number>>;
const keyOf = (j: number): `l${number}` => `l${j}`;

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

/** The selected event's window T−10…T+20, each shown line rebased to 0 % at T−1 (x: its own observations). */
export function WindowChart({ ks, paths, width, height = 190 }: Props) {
  const { t } = useT();
  const data = useMemo(() => {
    const rows: Row[] = ks.map((k) => ({ k }));
    let lo = 0;
    let hi = 0;
    for (const [n, p] of paths.entries()) {
      p.values.forEach((v, j) => {
        if (v === null) return;
        rows[j][keyOf(n)] = v;
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
    <figure className="rx-window-chart" aria-label={t('reactions.window.label', { from: dayLabel(from), to: dayLabel(to) })}>
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
                <div className="muted small">{t('reactions.window.tipDay', { k: dayLabel(Number(label)) })}</div>
                {payload.map((it) => {
                  const p = paths[Number(String(it.dataKey).slice(1))];
                  return (
                    <div key={String(it.dataKey)} className="chart-tooltip-row">
                      <span className="swatch" style={{ background: `var(${p.colorVar})` }} />
                      <span>{p.label}</span>
                      <strong className="num">{signed(Number(it.value))} %</strong>
                    </div>
                  );
                })}
              </div>
            )
          }
        />
        {paths.map((p, j) => (
          <Line
            key={p.key}
            dataKey={keyOf(j)}
            name={p.label}
            stroke={cssVar(p.colorVar)}
            strokeDasharray={p.dashed ? '5 3' : undefined}
            strokeWidth={1.8}
            dot={{ r: 1.6, strokeWidth: 0, fill: `var(${p.colorVar})` }}
            activeDot={{ r: 3.5 }}
            isAnimationActive={false}
            connectNulls={false}
          />
        ))}
      </LineChart>
      <figcaption className="muted small">
        {t('reactions.window.caption')}
      </figcaption>
    </figure>
  );
}
