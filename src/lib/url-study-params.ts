import { msg, type Msg } from '../i18n/message';
/**
 * The event study's URL parameters (issue #12, additions to SPEC's list):
 * - `model=market|mean|raw` — the normal-return model (default `market`);
 * - `car=a,b` — one more event window CAR(a,b) besides the five shown by default, in observations
 *   from T0: −10 ≤ a ≤ b ≤ 60 (the estimation window ends at T0−11, so a window never reaches into it);
 * - `excl=overlap` — leave out events flagged overlap.
 */
export type StudyModelParam = 'market' | 'mean' | 'raw';
export const STUDY_MODEL_PARAMS: readonly StudyModelParam[] = ['market', 'mean', 'raw'];

export interface StudyParams {
  model: StudyModelParam;
  /** The user's extra window [a, b], or null. */
  car: [number, number] | null;
  /** `excl=overlap`: events flagged overlap are left out. */
  exclOverlap: boolean;
}

export const DEFAULT_STUDY_PARAMS: StudyParams = { model: 'market', car: null, exclOverlap: false };

export const CAR_LIMITS = { min: -10, max: 60 } as const;

function quote(s: string): string {
  return JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s);
}

/** Reads `model`, `car` and `excl` into `state`; one notice per dropped value. */
export function parseStudyParams(p: URLSearchParams, state: StudyParams, notices: Msg[]): void {
  const model = p.get('model');
  if (model !== null) {
    const m = model.trim().toLowerCase();
    if ((STUDY_MODEL_PARAMS as readonly string[]).includes(m)) state.model = m as StudyModelParam;
    else notices.push(msg('link.model', { value: quote(model) }));
  }

  const car = p.get('car');
  if (car !== null) {
    const m = /^(-?\d{1,3}),(-?\d{1,3})$/.exec(car.trim());
    // `+ 0`: "-0" reads as 0 (a −0 in the state would be written back as "0" and shown as "−0").
    const a = m ? Number(m[1]) + 0 : NaN;
    const b = m ? Number(m[2]) + 0 : NaN;
    if (m && a <= b && a >= CAR_LIMITS.min && b <= CAR_LIMITS.max) state.car = [a, b];
    else notices.push(msg('link.car', { value: quote(car), min: CAR_LIMITS.min, max: CAR_LIMITS.max }));
  }

  const excl = p.get('excl');
  if (excl !== null) {
    if (excl === 'overlap') state.exclOverlap = true;
    else if (excl !== '') notices.push(msg('link.excl', { value: quote(excl) }));
  }
}

/** Writes the study parameters that differ from the defaults. */
export function writeStudyParams(s: StudyParams, p: URLSearchParams): void {
  if (s.model !== DEFAULT_STUDY_PARAMS.model) p.set('model', s.model);
  if (s.car) p.set('car', s.car.join(','));
  if (s.exclOverlap) p.set('excl', 'overlap');
}
