import { parseIsoDay } from '../../../lib/units';
import { BASKET_MEMBER_IDS, ECB_BASKET_SYMBOLS, type BasketMemberSeries } from './basket';
import { answerDays, EcbDataError, figureProblem, lastEcbDayAt, readFrankfurterAnswer } from './ecb-parse';

/**
 * Frankfurter v1 time series asked with base=USD&symbols=JPY,CNY,SGD,THB,MYR,INR (the study's
 * regional basket): {"amount":1.0,"base":"USD",…,"rates":{"YYYY-MM-DD":{"CNY":…,"INR":…,…}}},
 * each figure units of that currency per 1 USD. Checked as the pairs' answer is (ecb-parse.ts):
 * the same header, day and figure checks (ecb-bounds.ts); a bad day or figure is dropped and
 * counted, never kept; a currency missing on a day is a gap (the ECB added CNY, THB and MYR on
 * 2005-04-01 and INR on 2009-01-02: each member starts at its own first figure).
 */
export interface EcbBasketParsed {
  members: BasketMemberSeries[];
  /** How many figures or days were left out (one per problem found). */
  dropped: number;
  /** What was left out and why, e.g. `rates["2024-07-09"].SGD: -1.35 is not positive` (the first 50). */
  issues: string[];
}

const MAX_ISSUES = 50;

/** Throws EcbDataError when the answer as a whole is unusable (wrong base, no rates, no usable figure). */
export function parseFrankfurterBasket(json: unknown, nowMs: number = Date.now()): EcbBasketParsed {
  const { start, end, dates, rates } = readFrankfurterAnswer(json);
  const lastDay = lastEcbDayAt(nowMs);
  const issues: string[] = [];
  let dropped = 0;
  const drop = (msg: string) => {
    dropped++;
    if (issues.length < MAX_ISSUES) issues.push(msg);
  };
  const cols = BASKET_MEMBER_IDS.map(() => ({ days: [] as number[], values: [] as number[] }));
  let kept = 0;
  for (const { where, date, figs } of answerDays({ start, end, dates, rates }, lastDay, drop)) {
    const epochDay = parseIsoDay(date) as number;
    BASKET_MEMBER_IDS.forEach((id, m) => {
      const sym = ECB_BASKET_SYMBOLS[id];
      if (!(sym in figs)) return; // no figure that day: a gap
      const p = figureProblem(figs[sym]);
      if (p) return drop(`${where}.${sym}: ${p}`);
      cols[m].days.push(epochDay);
      cols[m].values.push(figs[sym] as number);
      kept++;
    });
  }
  if (!kept) {
    throw new EcbDataError('invalid', `no usable basket figure: ${dropped} left out${issues[0] ? ` (first: ${issues[0]})` : ''}`);
  }
  const members = BASKET_MEMBER_IDS.map((id, m) => ({ id, days: Int32Array.from(cols[m].days), values: Float64Array.from(cols[m].values) }));
  return { members, dropped, issues };
}
