import { useEffect, useState } from 'react';
import { QUICK_RANGES, quickRange } from '../model/range';
import { parseIsoDay } from '../../../lib/units';

interface Props {
  from: string;
  to: string;
  first: string;
  /** Last observation: quick ranges end here. */
  last: string;
  /** Right end of "Max" (the last observation or a later event). */
  maxTo: string;
  onChange: (from: string, to: string) => void;
  /**
   * False for the page's first paint: the two date fields come a frame later, each in an empty
   * box of its size (so nothing moves). A page's first date field is slow to lay out (its
   * locale's date format): ~16 ms for the pair here, time the chart's first paint would wait.
   */
  fields?: boolean;
}

/** Quick ranges and two date fields; a bad date is flagged on its field and nothing is changed. */
export function RangeControls({ from, to, first, last, maxTo, onChange, fields = true }: Props) {
  const rangeOf = (q: (typeof QUICK_RANGES)[number]) => (q === 'Max' ? { from: first, to: maxTo } : quickRange(q, first, last));
  const [draft, setDraft] = useState({ from, to });
  useEffect(() => setDraft({ from, to }), [from, to]);
  const bad = (s: string) => parseIsoDay(s) === null;
  const commit = (next: { from: string; to: string }) => {
    setDraft(next);
    if (!bad(next.from) && !bad(next.to) && next.from < next.to) onChange(next.from, next.to);
  };
  const active = QUICK_RANGES.find((q) => {
    const r = rangeOf(q);
    return r.from === from && r.to === to;
  });
  const inverted = !bad(draft.from) && !bad(draft.to) && draft.from >= draft.to;
  const dateField = (name: 'From' | 'To', key: 'from' | 'to') => (
    <label className="date-field">
      <span className="sr-only">{name}</span>
      {fields ? (
        <input
          type="date"
          aria-label={`${name} date`}
          min={first}
          max={maxTo}
          value={draft[key]}
          aria-invalid={bad(draft[key]) || inverted}
          onChange={(e) => commit({ ...draft, [key]: e.target.value })}
        />
      ) : (
        <span className="date-slot" />
      )}
    </label>
  );
  return (
    <div className="range-controls" role="group" aria-label="Date range">
      {QUICK_RANGES.map((q) => (
        <button
          key={q}
          type="button"
          className={q === active ? 'seg on' : 'seg'}
          aria-pressed={q === active}
          onClick={() => {
            const r = rangeOf(q);
            onChange(r.from, r.to);
          }}
        >
          {q}
        </button>
      ))}
      {dateField('From', 'from')}
      <span aria-hidden="true">–</span>
      {dateField('To', 'to')}
      {inverted && <span className="field-error">“From” must be before “To”.</span>}
    </div>
  );
}
