import type { CarOutcome, CarWindow, StudyModel } from '../../study/model';
import type { ModelSwitch, RowFit, RowStudy } from '../model';

/** The event study's codes (reactions/model event-study, study/model) in words, for the detail and the scorecard. */

const MINUS = '\u2212';

/** "T0+5", "T0−3", "T0". */
export function offsetText(k: number): string {
  return k === 0 ? 'T0' : `T0${k > 0 ? '+' : MINUS}${Math.abs(k)}`;
}

/** "CAR(0,5)", "CAR(−5,−1)". */
export function windowLabel(w: CarWindow): string {
  const n = (x: number) => (x < 0 ? `${MINUS}${-x}` : String(x));
  return `CAR(${n(w.a)},${n(w.b)})`;
}

export const MODEL_TEXT: Record<StudyModel, string> = {
  market: 'market model: AR = r − (α + β·basket)',
  mean: 'mean-adjusted: AR = r − mean r',
  raw: 'raw returns: AR = r',
};

export const MODEL_SHORT: Record<StudyModel, string> = { market: 'market', mean: 'mean', raw: 'raw' };

export function switchText(why: ModelSwitch): string {
  return why === 'intraday'
    ? 'mean-adjusted: the regional basket is daily, the market model is for daily USD-based series'
    : 'mean-adjusted: the market model is for USD-based series (USD/KRW, imported USD series)';
}

/** Why an event with a fit has no β: its line does not use the market model. */
export function betaMissText(st: RowStudy): string {
  if (st.switched) return `no β: ${switchText(st.switched)}`;
  return `no β: the ${MODEL_SHORT[st.model]} model has none (β is the market model's slope on the regional basket)`;
}

/** Why an event has no model, in words. */
export function fitMissText(fit: RowFit & { ok: false }): string {
  switch (fit.reason) {
    case 'no-t0':
      return 'no T0 in this series';
    case 'basket-loading':
      return 'the regional basket is still loading';
    case 'basket-error':
      return `the regional basket could not be loaded (${fit.code})`;
    case 'no-basket':
      return 'no regional basket for this series';
    case 'too-few-estimation-returns':
      return `only ${fit.n} usable returns in T0−250…T0−11 (120 needed)`;
    case 'flat-basket':
      return 'the basket did not move in the estimation window (no β)';
    case 'zero-variance':
      return 'the series did not move in the estimation window (σ_ε = 0)';
  }
}

/** The same, short, for a table cell. */
export function fitMissShort(fit: RowFit & { ok: false }): string {
  switch (fit.reason) {
    case 'no-t0':
      return 'no T0';
    case 'basket-loading':
      return 'basket loading';
    case 'basket-error':
      return 'no basket';
    case 'no-basket':
      return 'no basket';
    case 'too-few-estimation-returns':
      return `${fit.n} < 120 returns`;
    case 'flat-basket':
      return 'flat basket';
    case 'zero-variance':
      return 'flat series';
  }
}

/** Why a window has no CAR, in words. */
export function carMissText(st: RowStudy, c: CarOutcome & { ok: false }): string {
  if (c.reason === 'no-fit') return st.fit.ok ? 'no model' : fitMissText(st.fit);
  if (c.reason === 'outside-series') return `the window runs past the data (${offsetText(c.at)} is ${c.at < 0 ? 'before the first' : 'after the last'} observation)`;
  return `no abnormal return at ${offsetText(c.at)} (a missing return${st.model === 'market' ? ' or basket return' : ''})`;
}
