import { lineKeyOf, sourceName } from '../features/rates/model/registry';
import type { Series } from '../features/rates/model/series';
import { marketFitOf } from '../features/study/components/study-choices';
import type { StudyLine } from '../features/study/components/study-panel';

/** A shown series as the answer panel's line: the market model by study/model's rule (the per-event figures' too). */
export function studyLine(s: Series): StudyLine {
  return {
    key: lineKeyOf(s.id, s.source, s.compare === true),
    pair: s.id,
    source: s.source,
    pairLabel: s.meta.label,
    sourceLabel: s.meta.builtIn ? sourceName(s.source) : 'your import',
    krw: s.meta.builtIn,
    marketFit: marketFitOf(s.meta),
  };
}
