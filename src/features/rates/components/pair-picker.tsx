import { isPairId, PAIR_IDS, PAIRS, type SeriesId } from '../../../config/series';
import { seriesLabel, seriesUnit } from '../../../i18n/labels';
import { useT } from '../../../i18n/use-t';

const chipClass = (on: boolean) => (on ? 'chip on' : 'chip');

/**
 * The built-in pairs as chips. Toggling one keeps the pairs in their usual order and any imported
 * series (`csv:…`) in the list as they were; the last shown series cannot be turned off.
 */
export function PairPicker({ pairs, onChange }: { pairs: readonly SeriesId[]; onChange: (p: SeriesId[]) => void }) {
  const { t } = useT();
  const toggle = (id: SeriesId) => {
    const next: SeriesId[] = pairs.includes(id)
      ? pairs.filter((x) => x !== id)
      : [...PAIR_IDS.filter((x) => x === id || pairs.includes(x)), ...pairs.filter((x) => !isPairId(x))];
    if (next.length) onChange(next);
  };
  return (
    <fieldset className="pair-picker">
      <legend className="sr-only">{t('rates.pairs.legend')}</legend>
      {PAIR_IDS.map((id) => {
        const pair = { ...PAIRS[id], builtIn: true };
        const label = seriesLabel(t, pair);
        const unit = seriesUnit(t, pair);
        return (
          <label key={id} className={chipClass(pairs.includes(id))} title={unit}>
            <input type="checkbox" checked={pairs.includes(id)} onChange={() => toggle(id)} aria-label={t('rates.pairs.chip', { label, unit })} />
            <span className="swatch" style={{ background: `var(--pair-${id})` }} />
            {label}
          </label>
        );
      })}
    </fieldset>
  );
}

/** `compare=1`: the built-in pairs from both built-in sources at once (the other one dashed). */
export function CompareToggle({ on, onChange }: { on: boolean; onChange: (on: boolean) => void }) {
  const { t } = useT();
  return (
    <label className={chipClass(on)} title={t('rates.compare.title')}>
      <input type="checkbox" checked={on} onChange={() => onChange(!on)} aria-label={t('rates.compare.label')} />
      {t('rates.compare.text')}
    </label>
  );
}
