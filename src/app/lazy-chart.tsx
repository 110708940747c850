import { lazy, Suspense } from 'react';
import type { TimelineChartProps } from '../features/timeline/components/timeline-chart';

// Recharts is the largest dependency: it loads as its own chunk, requested at
// start-up in parallel with the rates, while the shell and the event list paint.
const chartModule = import('../features/timeline/components/timeline-chart');
const LazyTimelineChart = lazy(() => chartModule.then((m) => ({ default: m.TimelineChart })));

export function TimelineChart(p: TimelineChartProps) {
  return (
    <Suspense fallback={<div className="chart-placeholder" style={{ height: p.height }} aria-busy="true" />}>
      <LazyTimelineChart {...p} />
    </Suspense>
  );
}
