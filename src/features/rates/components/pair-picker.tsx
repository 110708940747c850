import { isPairId, PAIR_IDS, PAIRS, type SeriesId } from '../../../config/series';

/**
 * The built-in pairs as chips. Toggling one keeps the pairs in their usual order and any imported
 * series (`csv:…`) in the list as they were; the last shown series cannot be turned off.
 */
export function PairPicker({ pairs, onChange }: { pairs: readonly SeriesId[]; onChange: (p: SeriesId[]) => void }) {
  const toggle = (id: SeriesId) => {
    const next: SeriesId[] = pairs.includes(id)
      ? pairs.filter((x) => x !== id)
      : [...PAIR_IDS.filter((x) => x === id || pairs.includes(x)), ...pairs.filter((x) => !isPairId(x))];
    if (next.length) onChange(next);
  };
  return (
    <fieldset className="pair-picker">
      <legend className="sr-only">Series</legend>
      {PAIR_IDS.map((id) => (
        <label key={id} className={pairs.includes(id) ? 'chip on' : 'chip'} title={PAIRS[id].unit}>
          <input type="checkbox" checked={pairs.includes(id)} onChange={() => toggle(id)} aria-label={`${PAIRS[id].label} (${PAIRS[id].unit})`} />
          <span className="swatch" style={{ background: `var(--pair-${id})` }} />
          {PAIRS[id].label}
        </label>
      ))}
    </fieldset>
  );
}

/** `compare=1`: the built-in pairs from both built-in sources at once (the other one dashed). */
export function CompareToggle({ on, onChange }: { on: boolean; onChange: (on: boolean) => void }) {
  return (
    <label className={on ? 'chip on' : 'chip'} title="Show each pair from H.10 and from the ECB at once; the other source's line is dashed">
      <input type="checkbox" checked={on} onChange={() => onChange(!on)} aria-label="Compare sources (H.10 and ECB)" />
      H.10 + ECB
    </label>
  );
}
