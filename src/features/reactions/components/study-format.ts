import type { CarOutcome, CarWindow, StudyModel } from '../../study/model';
import { msg, type Msg } from '../../../i18n/message';
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

/** The model with its formula: "market model: AR = r − (α + β·basket)". */
export const MODEL_TEXT: Record<StudyModel, Msg> = {
  market: msg('reactions.model.market'),
  mean: msg('reactions.model.mean'),
  raw: msg('reactions.model.raw'),
};

/** The model's short name: "market", "mean", "raw". */
export const MODEL_SHORT: Record<StudyModel, Msg> = {
  market: msg('reactions.modelShort.market'),
  mean: msg('reactions.modelShort.mean'),
  raw: msg('reactions.modelShort.raw'),
};

/** Why a line uses the mean model instead of the market model. */
export function switchText(why: ModelSwitch): Msg {
  return msg(why === 'intraday' ? 'reactions.switch.intraday' : 'reactions.switch.notUsd');
}

/** Why an event with a fit has no β: its line does not use the market model. */
export function betaMissText(st: RowStudy): Msg {
  if (st.switched) return msg('reactions.beta.missSwitched', { why: switchText(st.switched) });
  return msg('reactions.beta.miss', { model: MODEL_SHORT[st.model] });
}

/** Why an event has no model. */
export function fitMissText(fit: RowFit & { ok: false }): Msg {
  switch (fit.reason) {
    case 'no-t0':
      return msg('reactions.fitMiss.noT0');
    case 'basket-loading':
      return msg('reactions.fitMiss.basketLoading');
    case 'basket-error':
      return msg('reactions.fitMiss.basketError', { code: fit.code });
    case 'no-basket':
      return msg('reactions.fitMiss.noBasket');
    case 'too-few-estimation-returns':
      return msg('reactions.fitMiss.tooFew', { n: fit.n });
    case 'flat-basket':
      return msg('reactions.fitMiss.flatBasket');
    case 'zero-variance':
      return msg('reactions.fitMiss.zeroVariance');
  }
}

/** The same, short, for a table cell. */
export function fitMissShort(fit: RowFit & { ok: false }): Msg {
  switch (fit.reason) {
    case 'no-t0':
      return msg('reactions.fitShort.noT0');
    case 'basket-loading':
      return msg('reactions.fitShort.basketLoading');
    case 'basket-error':
    case 'no-basket':
      return msg('reactions.fitShort.noBasket');
    case 'too-few-estimation-returns':
      return msg('reactions.fitShort.tooFew', { n: fit.n });
    case 'flat-basket':
      return msg('reactions.fitShort.flatBasket');
    case 'zero-variance':
      return msg('reactions.fitShort.flatSeries');
  }
}

/** Why a window has no CAR. */
export function carMissText(st: RowStudy, c: CarOutcome & { ok: false }): Msg {
  if (c.reason === 'no-fit') return st.fit.ok ? msg('reactions.carMiss.noModel') : fitMissText(st.fit);
  if (c.reason === 'outside-series') return msg(c.at < 0 ? 'reactions.carMiss.beforeFirst' : 'reactions.carMiss.afterLast', { at: offsetText(c.at) });
  return msg(st.model === 'market' ? 'reactions.carMiss.noArMarket' : 'reactions.carMiss.noAr', { at: offsetText(c.at) });
}
