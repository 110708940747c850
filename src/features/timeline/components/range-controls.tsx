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
      <label className="date-field">
        <span className="sr-only">From</span>
        {fields ? (
          <input
            type="date"
            aria-label="From date"
            min={first}
            max={maxTo}
            value={draft.from}
            aria-invalid={bad(draft.from) || inverted}
            onChange={(e) => commit({ ...draft, from: e.target.value })}
          />
        ) : (
          <span className="date-slot" />
        )}
      </label>
      <span aria-hidden="true">–</span>
      <label className="date-field">
        <span className="sr-only">To</span>
        {fields ? (
          <input
            type="date"
            aria-label="To date"
            min={first}
            max={maxTo}
            value={draft.to}
            aria-invalid={bad(draft.to) || inverted}
            onChange={(e) => commit({ ...draft, to: e.target.value })}
          />
        ) : (
          <span className="date-slot" />
        )}
      </label>
      {inverted && <span className="field-error">“From” must be before “To”.</span>}
    </div>
  );
}
