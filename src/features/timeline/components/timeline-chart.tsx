import { useEffect, useMemo, useRef, useState } from 'react';
import { CartesianGrid, LineChart, XAxis, YAxis } from 'recharts';
import type { Theme } from '../../../lib/url-state';
import { useElementWidth } from '../../../components/ui/use-element-width';
import type { EpochDay } from '../../../lib/units';
import type { DatedEvent } from '../../events/model/filter-events';
import type { Series } from '../../rates/model/series';
import { buildChartData } from '../model/chart-rows';
import { CHART_MARGIN, Y_AXIS_WIDTH } from '../model/chart-layout';
import { timeTicks } from '../model/time-ticks';
import { ChartLegend } from './chart-legend';
import { EventMarkerLayer, type MarkerHover } from './event-marker-layer';
import { MarkerTooltip } from './marker-tooltip';
import { PlainTick, type TickProps } from './plain-tick';
import { CrosshairBus } from './crosshair-bus';
import { CrosshairTooltip } from './crosshair-tooltip';
import { InteractionLayer } from './interaction-layer';
import { LinesLayer } from './lines-layer';

export interface TimelineChartProps {
  series: readonly Series[];
  from: EpochDay;
  to: EpochDay;
  events: readonly DatedEvent[];
  selectedId: string | null;
  theme: Theme;
  height: number;
  onSelect: (id: string) => void;
  onRange: (from: number, to: number) => void;
  /** False while the events are still loading (the paint signal waits for them). */
  ready?: boolean;
  /** Called once, after the first frame that shows the lines and the events. */
  onPainted?: () => void;
  /** Legend without units, for small embeds. */
  compactLegend?: boolean;
}

const MARGIN = CHART_MARGIN;
const Y_WIDTH = Y_AXIS_WIDTH;
const fmtAxis = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

export function TimelineChart(p: TimelineChartProps) {
  const [boxRef, width] = useElementWidth<HTMLDivElement>();
  const [hover, setHover] = useState<MarkerHover | null>(null);
  const rightAxis = p.series.length > 1 && p.series.some((s) => s.pair === 'CNYKRW');
  const plotWidth = Math.max(50, width - MARGIN.left - MARGIN.right - Y_WIDTH * (rightAxis ? 2 : 1));
  const data = useMemo(() => buildChartData(p.series, p.from, p.to, plotWidth), [p.series, p.from, p.to, plotWidth]);
  const ticks = useMemo(() => timeTicks(p.from, p.to, plotWidth), [p.from, p.to, plotWidth]);
  const tickLabels = useMemo(() => new Map(ticks.map((t) => [t.day, t.label])), [ticks]);
  const byId = useMemo(() => new Map(p.events.map((e) => [e.id, e])), [p.events]);
  const [bus] = useState(() => new CrosshairBus());
  const painted = useRef(false);

  const { ready, onPainted } = p;
  useEffect(() => {
    // A paint signal for the benchmark and the end-to-end tests.
    const el = boxRef.current;
    if (!el || !data.pointCount || ready === false) return;
    const id = requestAnimationFrame(() => {
      el.dataset.ready = 'true';
      if (!painted.current) {
        painted.current = true;
        performance.mark('krw:chart-painted');
        onPainted?.();
      }
    });
    return () => cancelAnimationFrame(id);
  }, [data, boxRef, ready, onPainted]);

  return (
    <div ref={boxRef} className="timeline-chart" data-testid="timeline-chart" data-points={data.pointCount}>
      <ChartLegend series={p.series} rightPairs={data.rightPairs} compact={p.compactLegend} />
      <LineChart
        width={width}
        height={p.height}
        margin={MARGIN}
        accessibilityLayer={false}
      >
        <CartesianGrid stroke="var(--grid)" vertical={false} />
        <XAxis
          dataKey="t"
          type="number"
          scale="linear"
          domain={[p.from, p.to]}
          allowDataOverflow
          ticks={ticks.map((t) => t.day)}
          interval={0}
          stroke="var(--muted)"
          tick={(t: TickProps) => <PlainTick {...t} anchor="middle" dy={14} text={tickLabels.get(t.payload.value) ?? ''} />}
        />
        <YAxis
          yAxisId="left"
          width={Y_WIDTH}
          domain={data.left?.domain ?? ['auto', 'auto']}
          ticks={data.left?.ticks}
          interval={0}
          allowDataOverflow
          stroke="var(--muted)"
          tick={(t: TickProps) => <PlainTick {...t} anchor="end" dx={-4} dy={4} text={fmtAxis.format(t.payload.value)} />}
        />
        {rightAxis && (
          <YAxis
            yAxisId="right"
            orientation="right"
            width={Y_WIDTH}
            domain={data.right?.domain ?? ['auto', 'auto']}
            ticks={data.right?.ticks}
            interval={0}
            allowDataOverflow
            stroke="var(--pair-CNYKRW)"
            tick={(t: TickProps) => <PlainTick {...t} anchor="start" dx={4} dy={4} text={fmtAxis.format(t.payload.value)} />}
          />
        )}
        <LinesLayer data={data} from={p.from} to={p.to} />
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
        />
      </LineChart>
      {hover && <MarkerTooltip hover={hover} byId={byId} width={width} />}
      {!hover && <CrosshairTooltip bus={bus} series={p.series} width={width} />}
    </div>
  );
}
