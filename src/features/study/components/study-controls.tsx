import { STUDY_MODELS, type StudyModel } from '../model';
import { CarWindowField } from './car-window-field';
import { GROUP_MODES, type GroupMode } from './study-choices';
import { modelLabel } from './study-text';
import { useT } from '../../../i18n';

export interface Option<T extends string> {
  value: T;
  label: string;
}

interface Props {
  pairs: readonly Option<string>[];
  pair: string;
  onPair: (pair: string) => void;
  sources: readonly Option<string>[];
  source: string;
  onSource: (source: string) => void;
  model: StudyModel;
  onModel: (model: StudyModel) => void;
  groupMode: GroupMode;
  onGroupMode: (mode: GroupMode) => void;
  car: [number, number] | null;
  onCar: (car: [number, number] | null) => void;
  exclOverlap: boolean;
  onExclOverlap: (on: boolean) => void;
  /** Events in view flagged overlap in the chosen series. */
  overlapCount: number;
}

/** Pair, source, model, groups, the extra window and the overlap toggle. */
export function StudyControls(p: Props) {
  const { t } = useT();
  return (
    <div className="st-controls">
      <label className="inline-field small">
        <span>{t('study.controls.pair')}</span>
        <select value={p.pair} onChange={(e) => p.onPair(e.target.value)}>
          {p.pairs.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      <label className="inline-field small">
        <span>{t('study.controls.source')}</span>
        <select value={p.source} onChange={(e) => p.onSource(e.target.value)} disabled={p.sources.length < 2}>
          {p.sources.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      <label className="inline-field small">
        <span>{t('study.controls.model')}</span>
        <select value={p.model} onChange={(e) => p.onModel(e.target.value as StudyModel)}>
          {STUDY_MODELS.map((m) => (
            <option key={m} value={m}>
              {modelLabel(t, m)}
            </option>
          ))}
        </select>
      </label>
      <label className="inline-field small">
        <span>{t('study.controls.groups')}</span>
        <select value={p.groupMode} onChange={(e) => p.onGroupMode(e.target.value as GroupMode)}>
          {GROUP_MODES.map((m) => (
            <option key={m} value={m}>
              {t(`study.groupMode.${m}`)}
            </option>
          ))}
        </select>
      </label>
      <CarWindowField car={p.car} onCar={p.onCar} />
      <label className="inline-field small">
        <input type="checkbox" checked={p.exclOverlap} onChange={(e) => p.onExclOverlap(e.target.checked)} />
        <span>
          {t('study.controls.overlap')} <span className="muted">{t(p.exclOverlap ? 'study.controls.overlapLeftOut' : 'study.controls.overlapFlagged', { n: p.overlapCount })}</span>
        </span>
      </label>
    </div>
  );
}
