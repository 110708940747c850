import { lazy, memo, Suspense, type ComponentProps } from 'react';
import type { VolatilityPane as Pane } from '../features/timeline/components/volatility-pane';

// The pane and its code load after the chart's first paint (it renders once the chart has painted).
const LazyPane = lazy(() => import('../features/timeline/components/volatility-pane').then((m) => ({ default: m.VolatilityPane })));

/** Memoised: a zoom reaches the pane a frame after the chart (its range is the page's settled one). */
export const VolatilityPane = memo(function VolatilityPane(p: ComponentProps<typeof Pane>) {
  return (
    <Suspense fallback={<div style={{ height: (p.height ?? 130) + 24 }} aria-busy="true" />}>
      <LazyPane {...p} />
    </Suspense>
  );
});
