import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Theme } from '../../../lib/url-state';
import { useElementWidth } from '../../../components/ui/use-element-width';
import { formatTick } from '../../../lib/number-format';
import type { UnixMs } from '../../../lib/units';
import type { DatedEvent } from '../../events/model/filter-events';
import type { Series } from '../../rates/model/series';
import { lineKey, type ChartData } from '../model/chart-rows';
import { chartState, frameMargin } from '../model/chart-state';
import { AxesLayer } from './axes-layer';
import { ChartLegend } from './chart-legend';
import { EventMarkerLayer, type MarkerHover } from './event-marker-layer';
import { MarkerTooltip } from './marker-tooltip';
import { useStaleHoverReset } from './stale-hover';
import { CrosshairBus } from './crosshair-bus';
import { CrosshairTooltip } from './crosshair-tooltip';
import { InteractionLayer } from './interaction-layer';
import { LinesLayer } from './lines-layer';
import { NoDataLayer, type DataEnd } from './no-data-layer';
import { PlotFrame } from './plot-frame';
import { useT } from '../../../i18n/use-t';

export interface TimelineChartProps {
  series: readonly Series[];
  from: UnixMs;
  to: UnixMs;
  events: readonly DatedEvent[];
  selectedId: string | null;
  theme: Theme;
  height: number;
  onSelect: (id: string) => void;
  onRange: (from: number, to: number) => void;
  /** False while the events are still loading (the paint signal waits for them). */
  ready?: boolean;
  /** Called once, in a task after the first frame that shows the lines and the events has painted. */
  onPainted?: () => void;
  /** Legend without units, for small embeds. */
  compactLegend?: boolean;
  /** The user's own events (their markers say so). */
  isUser?: (id: string) => boolean;
  /** The lines' width in px (default 1.5); presenter mode draws them thicker. */
  strokeWidth?: number;
  /** The source's last observation: the span after it is shaded and labelled. */
  dataEnd?: DataEnd;
}

/** The right axis takes the colour of its line when it has one line, else the muted colour. */
function rightColor(series: readonly Series[], rightKeys: readonly string[]): string {
  if (rightKeys.length !== 1) return 'var(--muted)';
  const s = series.find((x) => lineKey(x) === rightKeys[0]);
  return s ? `var(${s.meta.colorVar})` : 'var(--muted)';
}

// Each chart's clip path has its own id: with two charts on a page (presenter mode over the full
// view) a shared id made one chart's lines clip to the other's plot box.
let chartCount = 0;

const NO_DATA: ChartData = { lines: [], left: null, right: null, rightKeys: [], pointCount: 0 };

/**
 * The rates over time with the events: the axes, lines, interaction and markers
 * are our memoised SVG layers in a PlotFrame, drawn from the React-free chart
 * state (model/).
 */
export function TimelineChart(p: TimelineChartProps) {
  const [boxRef, width, measured] = useElementWidth<HTMLDivElement>();
  const [hover, setHover] = useState<MarkerHover | null>(null);
  const { lang } = useT();
  const state = useMemo(() => (measured ? chartState(p.series, p.from, p.to, width, lang) : null), [measured, p.series, p.from, p.to, width, lang]);
  const data = state?.data ?? NO_DATA;
  // Kept while the right axis comes and goes with the same flag: a new object would redraw every layer.
  const rightAxis = state?.rightAxis ?? false;
  const margin = useMemo(() => frameMargin(rightAxis, 'main'), [rightAxis]);
  const ticks = state?.xTicks;
  const byId = useMemo(() => new Map(p.events.map((e) => [e.id, e])), [p.events]);
  const [bus] = useState(() => new CrosshairBus());
  const [clipId] = useState(() => `krw-plot-clip-${++chartCount}`);
  const clearHover = useCallback(() => setHover(null), []);
  useStaleHoverReset(p.from, p.to, bus, clearHover, boxRef);
  const painted = useRef(false);

  const { ready, onPainted } = p;
  useEffect(() => {
    // A paint signal for the benchmark and the end-to-end tests, given once: writing `data-ready`
    // again after each zoom would be one more DOM change, in the frame after the one that shows it.
    const el = boxRef.current;
    if (painted.current || !el || !measured || !data.lines.some((l) => l.t.length > 0) || ready === false) return;
    const id = requestAnimationFrame(() => {
      painted.current = true;
      el.dataset.ready = 'true';
      performance.mark('krw:chart-painted');
      // The early first frame (app/first-frame.ts) may have marked `krw:chart-painted` before: this
      // one is the app's own chart, the one that takes input.
      performance.mark('krw:app-chart-painted');
      // After this frame's paint (a task), not inside the frame: what waits for the chart
      // (the panes, the reactions) must not hold up the frame that shows it.
      if (onPainted) setTimeout(onPainted, 0);
    });
    return () => cancelAnimationFrame(id);
  }, [data, boxRef, measured, ready, onPainted]);

  return (
    <div ref={boxRef} className="timeline-chart" data-testid="timeline-chart" data-points={data.pointCount}>
      <ChartLegend series={p.series} rightKeys={data.rightKeys} compact={p.compactLegend} />
      {!measured ? (
        // The first render only measures the box: the chart is drawn once, at its real width.
        <div style={{ height: p.height }} />
      ) : (
        <PlotFrame width={width} height={p.height} margin={margin}>
          <AxesLayer from={p.from} to={p.to} xTicks={ticks} left={data.left} right={data.right} rightColor={rightColor(p.series, data.rightKeys)} formatY={formatTick} />
          {p.dataEnd && <NoDataLayer from={p.from} to={p.to} end={p.dataEnd} />}
          <LinesLayer data={data} from={p.from} to={p.to} clipId={clipId} strokeWidth={p.strokeWidth} />
          <InteractionLayer from={p.from} to={p.to} bus={bus} onZoom={p.onRange} />
          <EventMarkerLayer
            events={p.events}
            from={p.from}
            to={p.to}
            selectedId={p.selectedId}
            theme={p.theme}
            onSelect={p.onSelect}
            onZoom={p.onRange}
            onHover={setHover}
            isUser={p.isUser}
          />
        </PlotFrame>
      )}
      {hover && <MarkerTooltip hover={hover} byId={byId} width={width} isUser={p.isUser} />}
      {!hover && <CrosshairTooltip bus={bus} series={p.series} width={width} spanMs={p.to - p.from} />}
    </div>
  );
}
