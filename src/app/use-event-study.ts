import { useMemo } from 'react';
import type { SourceId } from '../config/series';
import { useAfterPaint } from '../components/ui/use-after-paint';
import { useFirstPaintDone } from '../components/ui/use-first-paint-done';
import { useBasket, type BasketState } from '../features/rates/api/use-basket';
import type { Series } from '../features/rates/model/series';
import { eventStudySteps, marketModelSwitch, studyWindows, type EventStudyFigures, type ReactionRow, type StudyBasket } from '../features/reactions/model';
import type { CarWindow, StudyModel } from '../features/study/model';
import { useSliced, type Sliced } from '../components/ui/use-sliced';
import { SLICED_LINE_LENGTH, SLICED_ROWS } from './sliced-rows';
import { useViewStore } from '../lib/view-store';

/** The same basket object while its state and members are the same (useBasket may return a new object each render). */
function useStableBasket(b: BasketState): StudyBasket {
  const status = b.status;
  const members = b.status === 'ready' ? b.members : null;
  const code = b.status === 'error' ? b.code : null;
  return useMemo((): StudyBasket => {
    if (status === 'ready' && members) return { status, members };
    if (status === 'error') return { status, code: code ?? '' };
    return status === 'none' ? { status } : { status: 'loading' };
  }, [status, members, code]);
}

/**
 * The event study's figures of every reaction row (every event × shown line: AR₀, CARs, σ_ε, α/β),
 * under the URL's model and windows (issue #12; reactions/model eventStudyFigures).
 *
 * Memoised on the rows (so on the events and lines), the model, the extra window and the baskets
 * — not on the zoom range. A fit per event costs ~10–20 µs: 180 built-in events × 4 pairs take
 * ~5–10 ms, 2,000 events × 4 pairs ~80–170 ms (Node, a busy 2-core machine; the README has the
 * bench), so the figures are computed in a task of their own after the first paint and, on a
 * change, after the next paint (useAfterPaint), like the aligned windows: null until then. Over
 * SLICED_ROWS rows (20,000 imported events: ~0.4 s) they are computed in slices of ~30 ms
 * (useSliced), the previous figures shown until the new ones are whole (`busy`).
 *
 * The baskets: a built-in market-model line (USD/KRW of either source) reads its own source's; an
 * imported USD-based line the primary source's. A source's basket is asked for (useBasket) only
 * after the first paint, under the market model and when a shown line needs it.
 */
export function useEventStudy(all: readonly ReactionRow[], lines: readonly Series[], primary: SourceId): Sliced<EventStudyFigures> {
  const model = useViewStore((s) => s.view.model);
  const carA = useViewStore((s) => s.view.car?.[0] ?? null);
  const carB = useViewStore((s) => s.view.car?.[1] ?? null);
  const painted = useFirstPaintDone();
  const needs = useMemo(() => {
    const set = new Set<SourceId>();
    if (model === 'market') for (const s of lines) if (marketModelSwitch(s.meta) === null) set.add(s.meta.builtIn ? s.source : primary);
    return set;
  }, [model, lines, primary]);
  const snapshot = useStableBasket(useBasket('snapshot', painted && needs.has('snapshot')));
  const ecb = useStableBasket(useBasket('ecb', painted && needs.has('ecb')));
  const inputs = useMemo(() => {
    const windows = studyWindows(carA !== null && carB !== null ? [carA, carB] : null);
    const basketOf = (s: Series): StudyBasket => {
      const source = s.meta.builtIn ? s.source : primary;
      return source === 'snapshot' ? snapshot : source === 'ecb' ? ecb : { status: 'none' };
    };
    return { all, lines, model, windows, basketOf };
  }, [all, lines, model, carA, carB, primary, snapshot, ecb]);
  // One paint after the first (the aligned windows take the task right after the first paint),
  // then a paint after each change.
  const ready = useAfterPaint(painted);
  const settled = useAfterPaint(inputs);
  const figures = useSliced(ready ? settled : null, studySteps, studyInSlices);
  // Not current while the new inputs wait for a paint, or before the first figures.
  return { value: figures.value, busy: figures.busy || !ready || settled !== inputs };
}

type StudyInputs = { all: readonly ReactionRow[]; lines: readonly Series[]; model: StudyModel; windows: readonly CarWindow[]; basketOf: (s: Series) => StudyBasket };
const studySteps = (i: StudyInputs) => eventStudySteps(i.all, i.lines, i.model, i.windows, i.basketOf);
/**
 * Over SLICED_ROWS rows, or with a line over SLICED_LINE_LENGTH observations, the figures are
 * computed in slices (no long task), the last ones shown meanwhile.
 */
const studyInSlices = (i: StudyInputs) => i.all.length > SLICED_ROWS || i.lines.some((s) => s.values.length > SLICED_LINE_LENGTH);
