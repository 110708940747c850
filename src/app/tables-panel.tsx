import { lazy, memo, Suspense, useRef } from 'react';
import { PanelGuard } from './panel-guard';
import { useAfterPaint } from '../components/ui/use-after-paint';
import { useWhileNear } from '../components/ui/use-while-near';
import { loadAreas } from '../i18n/i18n';
import type { ReactionsSectionProps } from './reactions-section';

// Memoised: a zoom re-renders the view at once, the sections only with the settled range (a frame later).
// Each section's code and its messages (the reactions' and the study's catalogs) load together, after the first paint.
const ReactionsSection = memo(lazy(() => Promise.all([import('./reactions-section'), loadAreas(['reactions', 'study'])]).then(([m]) => m)));
const StudySection = memo(lazy(() => Promise.all([import('./study-section'), loadAreas(['reactions', 'study'])]).then(([m]) => m)));

interface Props extends ReactionsSectionProps {
  /** False until the chart has painted: the sections are derived after it. */
  shown: boolean;
}

/**
 * The reactions and the event study, below the chart. Each follows the range while it is on
 * screen or within half a viewport of it; farther away it keeps the range it last showed and
 * follows once it comes near (a run of zooms with the study a screen below re-rendered its
 * tables and plots ~500 DOM changes a zoom, unseen).
 */
export const TablesPanel = memo(function TablesPanel({ bundle, series, allEvents, events, selected, range, onSelect, shown }: Props) {
  const reactionsRef = useRef<HTMLDivElement>(null);
  const studyRef = useRef<HTMLDivElement>(null);
  const reactionsRange = useWhileNear(reactionsRef, range);
  const studyRange = useWhileNear(studyRef, range);
  // The lines too follow after the chart has painted them, in a transition of their own: a new
  // line (a pair switched on, an imported series of 1,000,000 bars) is drawn first, and its
  // reactions, event study and study table are worked out after (their memos made one task with
  // the chart's render, 0.2–0.3 s for such a series).
  const tableSeries = useAfterPaint(series);
  const behind = tableSeries !== series;
  return (
    <div className="tables-panel">
      <div id="reactions" className="region-anchor" tabIndex={-1} ref={reactionsRef}>
        <PanelGuard area="area.reactions">
          <Suspense fallback={null}>{bundle && shown && <ReactionsSection bundle={bundle} series={tableSeries} allEvents={allEvents} events={events} selected={selected} range={reactionsRange} onSelect={onSelect} behind={behind} />}</Suspense>
        </PanelGuard>
      </div>
      <div id="study" className="region-anchor" tabIndex={-1} ref={studyRef}>
        <PanelGuard area="area.study">
          <Suspense fallback={null}>{bundle && shown && <StudySection bundle={bundle} series={tableSeries} allEvents={allEvents} events={events} range={studyRange} />}</Suspense>
        </PanelGuard>
      </div>
    </div>
  );
});
