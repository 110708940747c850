import { useMemo, useState } from 'react';
import { CATEGORIES } from '../../../config/categories';
import { DEFAULT_WINDOWS, type CarWindow, type StudyModel } from '../model';
import type { StudyJob, StudyWorkerLike } from '../worker/study-client';
import { useStudyAnswer } from '../worker/use-study-answer';
import { DownloadTestsCsvButton } from './download-tests-csv-button';
import { EventPicker } from './event-picker';
import { buildGroups, chooseModel, type GroupMode, type MarketFit, type StudyBasket, type ViewEvent } from './study-choices';
import { classes } from './classes';
import { StudyControls } from './study-controls';
import { StudyHelp } from './study-help';
import { StudyResults } from './study-results';
import { modelLabel, modelNote, plusMeans } from './study-text';
import { useT } from '../../../i18n';
import './study.css';

/** A line the study can be run on (one of the shown series). */
export interface StudyLine {
  key: string;
  pair: string;
  source: string;
  pairLabel: string;
  sourceLabel: string;
  /** A built-in KRW pair: a rise is a weaker won. */
  krw: boolean;
  marketFit: MarketFit;
}

/** The chosen line's observations and its event table (T0 index and overlap flag of every event of the view). */
export interface StudyLineData {
  series: StudyJob['series'];
  table: StudyJob['events'];
}

export interface StudySettings {
  model: StudyModel;
  car: [number, number] | null;
  exclOverlap: boolean;
}

interface Props extends StudySettings {
  lines: readonly StudyLine[];
  chosen: string;
  onChoose: (key: string) => void;
  data: StudyLineData | null;
  /** The events in view (range and filters), with their index in `data.table`. */
  events: readonly ViewEvent[];
  basket: StudyBasket;
  onSettings: (patch: Partial<StudySettings>) => void;
  /** The visible range's ends (ISO), for the CSV's file name. */
  from: string;
  to: string;
  createWorker?: () => StudyWorkerLike;
}

function windowsWith(car: [number, number] | null): CarWindow[] {
  const list = [...DEFAULT_WINDOWS];
  if (car && !list.some((w) => w.a === car[0] && w.b === car[1])) list.push({ a: car[0], b: car[1] });
  return list;
}

/** "Did it move the won?": the event study of the events in view (issue #12). */
export function StudyPanel(p: Props) {
  const { t, tm } = useT();
  const line = p.lines.find((l) => l.key === p.chosen) ?? p.lines[0];
  const [groupMode, setGroupMode] = useState<GroupMode>('category');
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  const choice = chooseModel(p.model, line?.marketFit ?? 'not-usd', p.basket);
  const windows = useMemo(() => windowsWith(p.car), [p.car]);
  const groups = useMemo(() => buildGroups(p.events, groupMode, selected, CATEGORIES), [p.events, groupMode, selected]);
  const basket = p.basket.status === 'ready' && choice.model === 'market' ? p.basket : null;
  const job = useMemo(
    (): StudyJob | null =>
      p.data && groups.length
        ? { series: p.data.series, events: p.data.table, basket: basket && { key: basket.key, members: basket.members }, model: choice.model, windows, groups }
        : null,
    [p.data, groups, basket, choice.model, windows],
  );
  const state = useStudyAnswer(job, p.createWorker);
  const overlapCount = p.data ? p.events.filter((e) => p.data!.table.overlap[e.index]).length : 0;

  if (!line) return null;
  const pairs = [...new Map(p.lines.map((l) => [l.pair, { value: l.pair, label: l.pairLabel }])).values()];
  const sources = p.lines.filter((l) => l.pair === line.pair).map((l) => ({ value: l.source, label: l.sourceLabel }));
  const answer = state.status === 'done' || state.status === 'running' ? state.answer : null;
  const rows = answer ? (p.exclOverlap ? answer.exclOverlap : answer.all) : [];

  return (
    <section className="study rx-card" aria-labelledby="st-h" data-state={state.status} data-model={answer?.model ?? ''}>
      <div className="rx-head">
        <h2 id="st-h">{t('study.panel.title')}</h2>
        <span className="muted small">{t('study.panel.sub', { pair: line.pairLabel, source: line.sourceLabel, plus: plusMeans(line.krw) })}</span>
        <span className="spacer" />
        <DownloadTestsCsvButton rows={state.status === 'done' ? rows : []} pair={line.pair} source={line.source} model={answer?.model ?? choice.model} from={p.from} to={p.to} />
      </div>
      <StudyControls
        pairs={pairs}
        pair={line.pair}
        onPair={(pair) => p.onChoose((p.lines.find((l) => l.pair === pair && l.source === line.source) ?? p.lines.find((l) => l.pair === pair))!.key)}
        sources={sources}
        source={line.source}
        onSource={(source) => p.onChoose(p.lines.find((l) => l.pair === line.pair && l.source === source)!.key)}
        model={p.model}
        onModel={(model) => p.onSettings({ model })}
        groupMode={groupMode}
        onGroupMode={setGroupMode}
        car={p.car}
        onCar={(car) => p.onSettings({ car })}
        exclOverlap={p.exclOverlap}
        onExclOverlap={(exclOverlap) => p.onSettings({ exclOverlap })}
        overlapCount={overlapCount}
      />
      {choice.note && <p className={classes('small st-note', choice.note === 'imported-usd' && 'muted')} role="note">{modelNote(t, choice.note)}</p>}
      {groupMode === 'selection' && <EventPicker events={p.events} selected={selected} onChange={setSelected} />}
      {!p.events.length ? (
        <p className="muted">{t('study.panel.noEvents')}</p>
      ) : !groups.length ? (
        <p className="muted">{t('study.panel.tickEvents')}</p>
      ) : state.status === 'failed' ? (
        <p className="st-error" role="alert">
          {tm(state.message)}
        </p>
      ) : !answer ? (
        <p className="muted" role="status">
          {t('study.panel.computing', { model: modelLabel(t, choice.model).toLowerCase() })}
        </p>
      ) : (
        <StudyResults
          answer={answer}
          rows={rows}
          updating={state.status === 'running'}
          exclOverlap={p.exclOverlap}
          pairLabel={line.pairLabel}
          krw={line.krw}
        />
      )}
      <StudyHelp />
    </section>
  );
}
