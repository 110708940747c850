import { useEffect, useState } from 'react';
import { QUICK_RANGES, quickRange } from '../model/range';
import { parseIsoDay } from '../../../lib/units';
import { useT } from '../../../i18n/use-t';

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

/** A quick range's button class (not UI text). */
const segClass = (on: boolean) => (on ? 'seg on' : 'seg');

/** Quick ranges and two date fields; a bad date is flagged on its field and nothing is changed. */
export function RangeControls({ from, to, first, last, maxTo, onChange, fields = true }: Props) {
  const { t } = useT();
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
  const dateField = (key: 'from' | 'to') => (
    <label className="date-field">
      <span className="sr-only">{key === 'from' ? t('timeline.range.from') : t('timeline.range.to')}</span>
      {fields ? (
        <input
          type="date"
          aria-label={key === 'from' ? t('timeline.range.fromDate') : t('timeline.range.toDate')}
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
    <div className="range-controls" role="group" aria-label={t('timeline.range.label')}>
      {QUICK_RANGES.map((q) => (
        <button
          key={q}
          type="button"
          className={segClass(q === active)}
          aria-pressed={q === active}
          onClick={() => {
            const r = rangeOf(q);
            onChange(r.from, r.to);
          }}
        >
          {t(`timeline.range.quick.${q}`)}
        </button>
      ))}
      {dateField('from')}
      <span aria-hidden="true">–</span>
      {dateField('to')}
      {inverted && <span className="field-error">{t('timeline.range.inverted')}</span>}
    </div>
  );
}
