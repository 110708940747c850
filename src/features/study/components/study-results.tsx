import { useState } from 'react';
import { windowKey, type StudyRow } from '../model';
import type { StudyAnswer } from '../worker/study-protocol';
import { readingsFor } from './reading-text';
import { classes } from './classes';
import { StudyChart } from './study-chart';
import { StudyTable } from './study-table';
import { qCount, windowLabel } from './study-text';
import { useT } from '../../../i18n';

interface Props {
  answer: StudyAnswer;
  /** The rows shown: `answer.all`, or `answer.exclOverlap` with `excl=overlap`. */
  rows: readonly StudyRow[];
  /** The settings changed and a new answer is on its way. */
  updating: boolean;
  exclOverlap: boolean;
  pairLabel: string;
  krw: boolean;
}

/** The chart, the plain reading of one window (its choice here) and the table. */
export function StudyResults({ answer, rows, updating, exclOverlap, pairLabel, krw }: Props) {
  const { t, tm } = useT();
  const [readKey, setReadKey] = useState(windowKey(answer.windows[0]));
  const readWindow = answer.windows.find((w) => windowKey(w) === readKey) ?? answer.windows[0];
  const groups = [...new Set(rows.map((r) => r.group))];
  const others = exclOverlap ? answer.all : answer.exclOverlap;
  const readings = readingsFor(rows, others, answer.overlapLeftOut, readWindow, { pairLabel, krw, model: answer.model, tests: qCount(rows), exclOverlap });
  return (
    <div className={classes('st-results', updating && 'st-updating')} aria-busy={updating}>
      {updating && (
        <p className="muted small" role="status">
          {t('study.results.updating')}
        </p>
      )}
      <StudyChart rows={rows} windows={answer.windows} groups={groups} krw={krw} />
      <div className="st-reading">
        <label className="inline-field small">
          <span>{t('study.results.readingFor')}</span>
          <select value={windowKey(readWindow)} onChange={(e) => setReadKey(e.target.value)}>
            {answer.windows.map((w) => (
              <option key={windowKey(w)} value={windowKey(w)}>
                {windowLabel(w)}
              </option>
            ))}
          </select>
        </label>
        <ul className="st-readings">
          {readings.map((r) => (
            <li key={r.group}>
              <span className="st-sentence">{tm(r.sentence)}</span>
              {r.notes.map((n, i) => (
                <span key={i} className="st-caveat small">
                  {' '}
                  {tm(n)}
                </span>
              ))}
            </li>
          ))}
        </ul>
        <p className="small st-cause">{t('study.results.cause')}</p>
      </div>
      <StudyTable rows={rows} overlapLeftOut={answer.overlapLeftOut} exclOverlap={exclOverlap} krw={krw} />
    </div>
  );
}
