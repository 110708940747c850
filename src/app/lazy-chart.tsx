import { lazy, Suspense, useState } from 'react';
import type { TimelineChartProps } from '../features/timeline/components/timeline-chart';
import { chartChunk as chartModule } from './start-loading';

// The chart loads as its own chunk, requested at start-up (start-loading.ts) in parallel with the
// rates and the events.
type ChartModule = typeof import('../features/timeline/components/timeline-chart');
let loaded: ChartModule | null = null;
void chartModule.then((m) => {
  loaded = m;
});
const LazyTimelineChart = lazy(() => chartModule.then((m) => ({ default: m.TimelineChart })));

export function TimelineChart(p: TimelineChartProps) {
  // Loaded already (main.tsx waits for it before the first render): no suspending, no fallback
  // frame. Decided once per mount, so the chart is never remounted by the switch.
  const [Loaded] = useState(() => loaded?.TimelineChart ?? null);
  if (Loaded) return <Loaded {...p} />;
  return (
    <Suspense fallback={<div className="chart-placeholder" style={{ height: p.height }} aria-busy="true" />}>
      <LazyTimelineChart {...p} />
    </Suspense>
  );
}
