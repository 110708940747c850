import { lineKeyOf } from '../features/rates/model/registry';
import { seriesLabel, sourceName } from '../i18n/labels';
import { translate } from '../i18n/i18n';
import { msg, type MsgValue } from '../i18n/message';
import type { T } from '../i18n/use-t';
import type { Series } from '../features/rates/model/series';
import { marketFitOf } from '../features/study/components/study-choices';
import type { StudyLine } from '../features/study/components/study-panel';

/** A shown series as the answer panel's line: the market model by study/model's rule (the per-event figures' too). */
const activeT: T = (id: string, values?: Record<string, MsgValue>) => translate(msg(id, values));

export function studyLine(s: Series, t: T = activeT): StudyLine {
  return {
    key: lineKeyOf(s.id, s.source, s.compare === true),
    pair: s.id,
    source: s.source,
    pairLabel: seriesLabel(t, { id: s.id, label: s.meta.label, unit: s.meta.unit, builtIn: s.meta.builtIn }),
    sourceLabel: s.meta.builtIn ? sourceName(t, s.source) : t('study.line.yourImport'),
    krw: s.meta.builtIn,
    marketFit: marketFitOf(s.meta),
  };
}
