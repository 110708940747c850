import { STUDY_MODELS, type StudyModel } from '../model';
import { CarWindowField } from './car-window-field';
import { GROUP_MODES, type GroupMode } from './study-choices';
import { MODEL_LABEL } from './study-text';

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

const GROUP_MODE_LABEL: Record<GroupMode, string> = { category: 'Each category', all: 'All events in view', selection: 'Your selection' };

/** Pair, source, model, groups, the extra window and the overlap toggle. */
export function StudyControls(p: Props) {
  return (
    <div className="st-controls">
      <label className="inline-field small">
        <span>Pair</span>
        <select value={p.pair} onChange={(e) => p.onPair(e.target.value)}>
          {p.pairs.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      <label className="inline-field small">
        <span>Source</span>
        <select value={p.source} onChange={(e) => p.onSource(e.target.value)} disabled={p.sources.length < 2}>
          {p.sources.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      <label className="inline-field small">
        <span>Model</span>
        <select value={p.model} onChange={(e) => p.onModel(e.target.value as StudyModel)}>
          {STUDY_MODELS.map((m) => (
            <option key={m} value={m}>
              {MODEL_LABEL[m]}
            </option>
          ))}
        </select>
      </label>
      <label className="inline-field small">
        <span>Groups</span>
        <select value={p.groupMode} onChange={(e) => p.onGroupMode(e.target.value as GroupMode)}>
          {GROUP_MODES.map((m) => (
            <option key={m} value={m}>
              {GROUP_MODE_LABEL[m]}
            </option>
          ))}
        </select>
      </label>
      <CarWindowField car={p.car} onCar={p.onCar} />
      <label className="inline-field small">
        <input type="checkbox" checked={p.exclOverlap} onChange={(e) => p.onExclOverlap(e.target.checked)} />
        <span>
          Leave out overlapping events{' '}
          <span className="muted">
            ({p.overlapCount} in view {p.exclOverlap ? 'left out' : 'flagged'})
          </span>
        </span>
      </label>
    </div>
  );
}
