import { sourceFix, sourceName } from '../../../i18n/labels';
import { lineLabelWords } from '../../rates/model/line-label';
import { useT } from '../../../i18n/use-t';
import type { Series } from '../../rates/model/series';
import { lineKey } from '../model/chart-rows';
import { lineUnit } from './chart-text';

/** Lines with their units (and axis), the sources and their fixes, and the direction of the axis ("↑ = weaker won"). */
export function ChartLegend({ series, rightKeys, compact }: { series: readonly Series[]; rightKeys: readonly string[]; compact?: boolean }) {
  const { t } = useT();
  // Each built-in source once, with its fix rule; each imported series by name: "Federal Reserve H.10, noon New York".
  const sources = [...new Map(series.map((s) => [s.meta.builtIn ? s.source : s.id, s])).values()].map((s) =>
    s.meta.builtIn
      ? t('timeline.legend.source', { source: sourceName(t, s.source), fix: sourceFix(t, s.source) })
      : t(s.meta.resolution === 'intraday' ? 'timeline.legend.importedIntraday' : 'timeline.legend.imported', { name: s.meta.label, source: sourceName(t, s.source) }),
  );
  const direction = t('timeline.legend.direction');
  const sourceText = sources.length && !compact ? `${sources.join(' · ')} · ` : '';
  return (
    <div className="chart-legend" aria-label={t('timeline.legend.label')}>
      {series.map((s) => {
        const key = lineKey(s);
        const unit = lineUnit(t, s);
        const swatch = s.compare ? 'swatch line dashed' : 'swatch line';
        return (
          <span key={key} className="legend-item" data-line={key}>
            <span className={swatch} style={{ background: `var(${s.meta.colorVar})` }} />
            <strong>{lineLabelWords(t, s, series)}</strong>
            {!compact && <span className="muted">{rightKeys.includes(key) ? t('timeline.legend.rightAxis', { unit }) : unit}</span>}
          </span>
        );
      })}
      <span className="legend-direction muted">
        {sourceText}
        {direction}
      </span>
    </div>
  );
}
