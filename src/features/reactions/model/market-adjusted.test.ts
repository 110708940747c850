import { locateT0 } from './locate-t0';
import { marketAdjusted } from './market-adjusted';
import { eventAnchor } from './fix-instants';
import { ev, seriesOf, weekdays } from './test-fixtures';

// Dollar prices: USD/KRW, USD/JPY, USD/CNY on eight weekdays; the crosses are
// built the way the sources build them (JPYKRW per 100 yen).
const dates = weekdays('2024-05-06', 8); // 05-06 … 05-15
const usdkrw = [1000, 1000, 1010, 1020, 990, 1000, 1005, 1030];
const usdjpy = [100, 100, 102, 100, 99, 100, 101, 103];
const usdcny = [7, 7, 7, 7.14, 7, 7, 7.07, 7];
const usd = seriesOf(dates.map((d, i) => [d, usdkrw[i]] as const), 'USDKRW');
const jpy = seriesOf(dates.map((d, i) => [d, (usdkrw[i] / usdjpy[i]) * 100] as const), 'JPYKRW');
const cny = seriesOf(dates.map((d, i) => [d, usdkrw[i] / usdcny[i]] as const), 'CNYKRW');
const loc = locateT0(usd, eventAnchor(ev('e', '2024-05-08'))); // T0 05-08, T−1 05-07

describe('market-adjusted USD/KRW', () => {
  it('subtracts the mean of the USD/JPY and USD/CNY moves over the same dates', () => {
    const a = marketAdjusted({ USDKRW: usd, JPYKRW: jpy, CNYKRW: cny }, loc);
    // chg_0: KRW +1 %, JPY +2 %, CNY 0 % → 1 − (2 + 0)/2 = 0
    expect(a!.chg0).toBeCloseTo(0, 10);
    // chg_5 (05-14 against 05-07): KRW +3 %, JPY +3 %, CNY 0 % → 3 − 1.5 = 1.5
    expect(a!.chg5).toBeCloseTo(1.5, 10);
    expect(a!.chg20).toBeNull(); // T0 + 20 is past the end
  });
  it('follows USD/KRW’s own T0 and T−1', () => {
    const b = marketAdjusted({ USDKRW: usd, JPYKRW: jpy, CNYKRW: cny }, { ok: true, t0: 3, base: 2 });
    // KRW 1020/1010, JPY 100/102, CNY 7.14/7 (+2 %)
    expect(b!.chg0).toBeCloseTo((1020 / 1010 - 1) * 100 - ((100 / 102 - 1) * 100 + 2) / 2, 10);
  });
  it('is null for a horizon where a basket currency has no observation on a needed date', () => {
    const all = { USDKRW: usd, CNYKRW: cny };
    const noT0 = seriesOf(dates.filter((d) => d !== dates[2]).map((d) => [d, 700] as const), 'JPYKRW');
    const a = marketAdjusted({ ...all, JPYKRW: noT0 }, loc);
    expect(a!.chg0).toBeNull(); // no JPYKRW on T0
    expect(a!.chg5).toBeCloseTo(3 - (3 + 0) / 2, 10); // USD/JPY = USDKRW / 700 × 100 moves like USD/KRW
    const noBase = seriesOf(dates.filter((d) => d !== dates[1]).map((d) => [d, 700] as const), 'JPYKRW');
    expect(marketAdjusted({ ...all, JPYKRW: noBase }, loc)).toEqual({ chg0: null, chg5: null, chg20: null });
  });
  it('is null without the basket, for a missed T0, or across sources', () => {
    expect(marketAdjusted({ USDKRW: usd, JPYKRW: jpy }, loc)).toBeNull();
    expect(marketAdjusted({ USDKRW: usd, JPYKRW: jpy, CNYKRW: cny }, { ok: false, reason: 'after-last', t0: null })).toBeNull();
    const ecbCny = seriesOf(dates.map((d, i) => [d, usdkrw[i] / usdcny[i]] as const), 'CNYKRW', 'ecb');
    expect(marketAdjusted({ USDKRW: usd, JPYKRW: jpy, CNYKRW: ecbCny }, loc)).toBeNull();
  });
});
