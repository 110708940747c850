import { memo, useCallback, useMemo, useState } from 'react';
import { usePlotBox } from './plot-frame';
import { CATEGORY_INFO } from '../../../config/categories';
import { useElementWidth } from '../../../components/ui/use-element-width';
import type { Theme } from '../../../lib/url-state';
import { formatDecimal } from '../../../lib/number-format';
import type { UnixMs } from '../../../lib/units';
import { nearestIndexAt } from '../../rates/model/series';
import { lineKey, type ChartData, type ChartLine } from '../model/chart-rows';
import { chartFrame, frameMargin, MARKER_GAP_PX } from '../model/chart-state';
import { lineLabelWords } from '../../rates/model/line-label';
import { useT } from '../../../i18n/use-t';
import { instantText } from './chart-text';
import type { DatedEvent } from '../../events/model/filter-events';
import type { Series } from '../../rates/model/series';
import { rollingVolatility } from '../../rates/model/volatility';
import { decimateMinMax } from '../model/decimate';
import { layoutWithSelected } from '../model/marker-layout';
import { niceTicks } from '../../../lib/chart/nice-ticks';
import { markerHandlers, type MarkerHover, type MarkerLayerProps } from './event-marker-layer';
import { MarkerTooltip } from './marker-tooltip';
import { useStaleHoverReset } from './stale-hover';
import { CrosshairBus, useCrosshair } from './crosshair-bus';
import { InteractionLayer } from './interaction-layer';
import { LinesLayer } from './lines-layer';
import { AxesLayer } from './axes-layer';
import { PlotFrame } from './plot-frame';

const VOL_CHOICES = [0, 10, 20, 60];

/**
 * Off / 10 / 20 / 60 trading days (plus the URL's own value when it is another one). Its
 * accessible name is "Volatility window" unless told (`label`, in the UI language).
 */
export function VolWindowSelect({ vol, onChange, label }: { vol: number; onChange: (vol: number) => void; label?: string }) {
  const { t } = useT();
  const choices = VOL_CHOICES.includes(vol) ? VOL_CHOICES : [...VOL_CHOICES, vol].sort((a, b) => a - b);
  return (
    <select aria-label={label ?? t('timeline.vol.window')} value={vol} onChange={(e) => onChange(Number(e.target.value))}>
      {choices.map((n) => (
        <option key={n} value={n}>
          {n === 0 ? t('timeline.vol.off') : t('timeline.vol.days', { n })}
        </option>
      ))}
    </select>
  );
}

/**
 * The main chart's event markers continued through the pane: the same groups at the same x
 * (marker-layout with the main chart's spacing), drawn as lines. Mouse only and hidden from
 * assistive technology: the focusable, labelled markers (with data-event-id) are the main
 * chart's, and each must exist once.
 */
export const PaneMarkers = memo(function PaneMarkers(p: MarkerLayerProps) {
  const plot = usePlotBox();
  const groups = useMemo(
    () => (plot ? layoutWithSelected(p.events, p.selectedId, p.from, p.to, plot.width, MARKER_GAP_PX) : []),
    [p.events, p.from, p.to, p.selectedId, plot],
  );
  const byId = useMemo(() => new Map(p.events.map((e) => [e.id, e])), [p.events]);
  if (!plot) return null;
  const top = plot.y;
  const bottom = plot.y + plot.height;
  // The main chart's layer handlers (event-marker-layer.tsx), the mouse ones: these are not focusable.
  const { onClick, onMouseOver, onMouseOut } = markerHandlers(groups, p, plot);
  return (
    <g className="pane-markers" aria-hidden="true" onClick={onClick} onMouseOver={onMouseOver} onMouseOut={onMouseOut}>
      {groups.map((g, i) => {
        const x = plot.x + g.x;
        const single = g.ids.length === 1 ? byId.get(g.ids[0]) : undefined;
        const selected = !!single && single.id === p.selectedId;
        const color = single ? CATEGORY_INFO[single.category].color[p.theme] : 'var(--muted)';
        const transform = `translate(${x} 0)`;
        return (
          <g key={g.ids.join(' ')} data-gi={i} style={{ cursor: 'pointer' }} transform={transform}>
            <line x1={0} x2={0} y1={top} y2={bottom} stroke={color} strokeOpacity={selected ? 0.9 : single ? 0.3 : 0.35} strokeWidth={selected ? 2 : 1} strokeDasharray={single ? undefined : '2 3'} />
            <rect x={-4} y={top} width={8} height={bottom - top} fill="transparent" />
          </g>
        );
      })}
    </g>
  );
});

/** The series the pane draws: daily ones (an annualised daily volatility means nothing for intraday bars). */
export function volSeries(series: readonly Series[]): Series[] {
  return series.filter((s) => s.meta.resolution === 'daily');
}

/** Each daily series' rolling volatility in [from, to], decimated to ~2 points per pixel column, one line per series. */
export function volatilityLines(series: readonly Series[], vol: number, from: UnixMs, to: UnixMs, columns: number): ChartData {
  let hi = 0;
  let pointCount = 0;
  const lines: ChartLine[] = [];
  for (const s of volSeries(series)) {
    const line = rollingVolatility(s, vol);
    if (!line) continue;
    const p = decimateMinMax(line, from, to, columns);
    const times = new Float64Array(p.t.length);
    const values = new Float64Array(p.t.length);
    let k = 0;
    for (let i = 0; i < p.t.length; i++) {
      const v = p.values[i];
      if (!Number.isFinite(v)) continue;
      times[k] = p.t[i];
      values[k++] = v;
      hi = Math.max(hi, v);
    }
    pointCount += k;
    lines.push({ key: lineKey(s), id: s.id, source: s.source, colorVar: s.meta.colorVar, dashed: !!s.compare, step: false, axis: 'left', t: times.subarray(0, k), values: values.subarray(0, k) });
  }
  return { lines, left: niceTicks(0, hi || 1, 4), right: null, rightKeys: [], pointCount };
}

interface Props {
  series: readonly Series[];
  from: UnixMs;
  to: UnixMs;
  events: readonly DatedEvent[];
  selectedId: string | null;
  theme: Theme;
  /** Window in trading days (URL `vol`); 0 draws nothing. */
  vol: number;
  onVol: (vol: number) => void;
  onSelect: (id: string) => void;
  onRange: (from: number, to: number) => void;
  height?: number;
  /**
   * False until the main chart has painted: the pane shows its title and an empty plot of its
   * size (so nothing below it moves when it fills in), and computes and draws nothing yet.
   */
  drawn?: boolean;
  /** The user's own events (the marker tooltip says so, as the main chart's does). */
  isUser?: (id: string) => boolean;
}


const NO_LINES: ChartData = { lines: [], left: null, right: null, rightKeys: [], pointCount: 0 };
const formatVol = (v: number) => `${v}%`;
/** A legend swatch's class (not UI text): dashed for a comparison line. */
const swatchClass = (s: Series) => (s.compare ? 'swatch line dashed' : 'swatch line');

/** Rolling realised volatility under the main chart: same margins, axis widths, time domain and event markers. */
export function VolatilityPane(p: Props) {
  const [boxRef, width, measured] = useElementWidth<HTMLDivElement>();
  const [hover, setHover] = useState<MarkerHover | null>(null);
  const { t } = useT();
  // The main chart's frame (chart-state): its horizontal margins, so the x positions match; less
  // room on top, where the main chart has its marker heads, and no time axis (the chart above has it).
  const { rightAxis, plotWidth } = chartFrame(p.series, width, 'pane');
  const margin = useMemo(() => frameMargin(rightAxis, 'pane'), [rightAxis]);
  const drawn = measured && p.drawn !== false;
  const data = useMemo(
    () => (drawn ? volatilityLines(p.series, p.vol, p.from, p.to, plotWidth) : NO_LINES),
    [drawn, p.series, p.vol, p.from, p.to, plotWidth],
  );
  const [bus] = useState(() => new CrosshairBus());
  const clearHover = useCallback(() => setHover(null), []);
  useStaleHoverReset(p.from, p.to, bus, clearHover, boxRef);
  const byId = useMemo(() => new Map(p.events.map((e) => [e.id, e])), [p.events]);
  if (p.vol <= 0) return null;
  const label = t('timeline.vol.title', { n: p.vol });
  return (
    <div ref={boxRef} className="volatility-pane" data-testid="volatility-pane" style={{ position: 'relative', marginTop: 6 }}>
      <div className="chart-legend">
        <strong>{label}</strong>
        {volSeries(p.series).map((s) => (
          <span key={lineKey(s)} className="legend-item">
            <span className={swatchClass(s)} style={{ background: `var(${s.meta.colorVar})` }} />
            {lineLabelWords(t, s, p.series)}
          </span>
        ))}
        <label className="legend-direction inline-field">
          <span className="muted">{t('timeline.vol.windowShort')}</span>
          <VolWindowSelect vol={p.vol} onChange={p.onVol} />
        </label>
      </div>
      {!drawn ? (
        <div style={{ height: p.height ?? 130 }} />
      ) : (
        <PlotFrame width={width} height={p.height ?? 130} margin={margin} label={label}>
          <AxesLayer from={p.from} to={p.to} left={data.left} formatY={formatVol} />
          <LinesLayer data={data} from={p.from} to={p.to} clipId="krw-vol-clip" strokeWidth={1.25} />
          <InteractionLayer from={p.from} to={p.to} bus={bus} onZoom={p.onRange} />
          <PaneMarkers
            events={p.events}
            from={p.from}
            to={p.to}
            selectedId={p.selectedId}
            theme={p.theme}
            onSelect={p.onSelect}
            onZoom={p.onRange}
            onHover={setHover}
          />
        </PlotFrame>
      )}
      {hover && <MarkerTooltip hover={hover} byId={byId} width={width} isUser={p.isUser} />}
      {!hover && <VolTooltip bus={bus} series={p.series} vol={p.vol} width={width} />}
    </div>
  );
}

/** The crosshair's box: each pair's realised vol on the nearest day with a value. */
function VolTooltip({ bus, series, vol, width }: { bus: CrosshairBus; series: readonly Series[]; vol: number; width: number }) {
  const cross = useCrosshair(bus);
  const { t, lang } = useT();
  if (!cross) return null;
  const rows = volSeries(series).flatMap((s) => {
    const line = rollingVolatility(s, vol);
    if (!line) return [];
    const i = nearestIndexAt(line, cross.at);
    return i === null ? [] : [{ s, key: lineKey(s), at: line.t[i], v: line.values[i] }];
  });
  if (!rows.length) return null;
  return (
    <div className="crosshair-tooltip chart-tooltip" style={{ left: Math.min(cross.x + 14, width - 220), top: Math.max(4, cross.y - 40) }}>
      <div className="muted small">
        {instantText(rows[0].at, false, lang)} · {t('timeline.vol.tooltip', { n: vol })}
      </div>
      {rows.map((r) => (
        <div key={r.key} className="chart-tooltip-row">
          <span className="swatch" style={{ background: `var(${r.s.meta.colorVar})` }} />
          <span>{lineLabelWords(t, r.s, series)}</span>
          <strong>{formatDecimal(r.v, 1, 1)} %</strong>
        </div>
      ))}
    </div>
  );
}
