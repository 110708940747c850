import { useState } from 'react';
import { useT } from '../../../i18n/use-t';
import { seriesLineText } from '../model/series-csv-messages';
import type { SeriesLineIssue } from '../model/series-csv-types';

/** Bad lines shown at first, and how many more each "more" adds. */
export const BAD_LINES_SHOWN = 20;
export const BAD_LINES_STEP = 500;

/** Every bad line by number and reason, in a scrollable list; the rest on request. */
export function SeriesBadLines({ issues, zone }: { issues: SeriesLineIssue[]; zone?: string }) {
  const { t, tm } = useT();
  const [shown, setShown] = useState(BAD_LINES_SHOWN);
  const n = issues.length;
  if (n === 0) return <p className="small muted">{t('user-data.badLines.none')}</p>;
  const rest = n - Math.min(shown, n);
  return (
    <section aria-label={t('user-data.badLines.label')}>
      <p className="small">
        {t('user-data.badLines.intro', { n })}
      </p>
      <ol className="small import-problems series-bad-lines" style={{ maxHeight: '10em', overflow: 'auto', listStyle: 'none', paddingLeft: 0 }}>
        {issues.slice(0, shown).map((issue, i) => (
          <li key={i}>{tm(seriesLineText(issue, zone))}</li>
        ))}
      </ol>
      {rest > 0 && (
        <button type="button" onClick={() => setShown((s) => s + BAD_LINES_STEP)}>
          {rest <= BAD_LINES_STEP ? t('user-data.badLines.more', { n: rest }) : t('user-data.badLines.moreOf', { n: BAD_LINES_STEP, rest })}
        </button>
      )}
    </section>
  );
}
