import { PAIR_IDS, PAIRS, type PairId } from '../../../config/series';

export function PairPicker({ pairs, onChange }: { pairs: PairId[]; onChange: (p: PairId[]) => void }) {
  const toggle = (id: PairId) => {
    const next = pairs.includes(id) ? pairs.filter((x) => x !== id) : PAIR_IDS.filter((x) => x === id || pairs.includes(x));
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
