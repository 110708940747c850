import type { SeriesMeta } from '../../rates/model/registry';
import { makeSeries } from '../../rates/model/series';
import { computeReactions } from './compute-reactions';
import { eventStudyFigures, marketModelSwitch, studyWindows, type StudyBasket } from './event-study';
import { reactionsCsv } from './reactions-csv';
import { ev, importedDailyOf, intradayOf, studyWorld } from './test-fixtures';

// The hand-worked world of studyWorld (test-fixtures): β = 1.5, α = 0.05, σ_ε = √(2.4/238),
// AR₀ = 0.9, CAR(0,5) = 0.8, CAR(0,20) = 0.9, CAR(−5,−1) = −0.1 for USD/KRW (market) at T0 = 280.
const { T0, dates, days, r, pricesOf, usd, jpy, members } = studyWorld();
const ready: StudyBasket = { status: 'ready', members };
const event = ev('synthetic-jump', dates[T0]);
const rows = computeReactions([event], [usd, jpy]);
const windows = studyWindows([2, 3]);

describe('eventStudyFigures', () => {
  it('market model on USD/KRW: α, β, σ_ε, AR₀ and the CARs as worked out by hand', () => {
    const fig = eventStudyFigures(rows, [usd, jpy], 'market', windows, () => ready);
    const st = fig.byRow.get(rows[0])!;
    expect(st.model).toBe('market');
    expect(st.switched).toBeNull();
    expect(st.fit).toMatchObject({ ok: true, n: 240, alpha: expect.closeTo(0.05, 10), beta: expect.closeTo(1.5, 10), sigma: expect.closeTo(Math.sqrt(2.4 / 238), 10) });
    expect(st.ar0).toBeCloseTo(0.9, 10);
    expect(fig.windows.map((w) => `${w.a},${w.b}`)).toEqual(['0,0', '0,1', '0,5', '0,20', '-5,-1', '2,3']);
    const cars = st.cars.map((c) => (c.ok ? c.car : null));
    // (0,1): 0.9 + e_281 = 0.8; (2,3): e_282 + e_283 = 0.
    expect(cars).toEqual([0.9, 0.8, 0.8, 0.9, -0.1, 0].map((x) => expect.closeTo(x, 10)));
  });

  it('a cross under "market" uses mean, and says so', () => {
    const fig = eventStudyFigures(rows, [usd, jpy], 'market', windows, () => ready);
    const st = fig.byRow.get(rows[1])!;
    expect(rows[1].line).toBe('JPYKRW');
    expect(st).toMatchObject({ model: 'mean', switched: 'not-usd-based', fit: { ok: true, alpha: expect.closeTo(0.05, 10), beta: null } });
    expect(st.ar0).toBeCloseTo(2.4, 10);
  });

  it('says why there is none: the basket not loaded, a window past the data, too few returns', () => {
    const loading = eventStudyFigures(rows, [usd], 'market', windows, () => ({ status: 'loading' }));
    expect(loading.byRow.get(rows[0])).toMatchObject({ fit: { ok: false, reason: 'basket-loading' }, ar0: null });
    expect(loading.byRow.has(rows[1])).toBe(false); // JPY/KRW's series is not among the lines given
    const failed = eventStudyFigures(rows, [usd], 'market', windows, () => ({ status: 'error', code: 'offline' }));
    expect(failed.byRow.get(rows[0])!.fit).toEqual({ ok: false, reason: 'basket-error', n: 0, code: 'offline' });
    // An event at index 310: T0 + 10 = 320 is past the last observation (319), so CAR(0,20) has none.
    const late = computeReactions([ev('late', dates[310])], [usd]);
    const st = eventStudyFigures(late, [usd], 'mean', windows, () => ready).byRow.get(late[0])!;
    expect(st.cars[3]).toEqual({ ok: false, reason: 'outside-series', at: 10 });
    expect(st.cars[2].ok).toBe(true);
    // An event at index 130: its estimation window is indices 0 … 119, r_0 is missing: 119 < 120 returns.
    const early = computeReactions([ev('early', dates[130])], [usd]);
    const eFig = eventStudyFigures(early, [usd], 'raw', windows, () => ready);
    expect(eFig.byRow.get(early[0])!.fit).toEqual({ ok: false, reason: 'too-few-estimation-returns', n: 119 });
    const none = computeReactions([ev('after', '2030-01-01')], [usd]);
    expect(eventStudyFigures(none, [usd], 'raw', windows, () => ready).byRow.get(none[0])!.fit).toEqual({ ok: false, reason: 'no-t0', n: 0 });
  });

  it('the market model applies to USD-based daily series only', () => {
    expect(marketModelSwitch(usd.meta)).toBeNull();
    expect(marketModelSwitch(makeSeries('EURKRW', 'ecb', days, pricesOf(r, 1400)).meta)).toBe('not-usd-based');
    const imported = (unit: string, label: string): SeriesMeta => ({ ...importedDailyOf('csv:x', [['2020-01-01', 1]]).meta, unit, label });
    expect(marketModelSwitch(imported('KRW per USD', 'NDF'))).toBeNull();
    expect(marketModelSwitch(imported('won', 'usd/krw 1M NDF'))).toBeNull();
    expect(marketModelSwitch(imported('KRW per 100 JPY', 'Yen cross'))).toBe('not-usd-based');
    expect(marketModelSwitch(imported('KRW', 'KOSPI in USDollars'))).toBe('not-usd-based');
    expect(marketModelSwitch(intradayOf('csv:bars', '2024-07-03T01:28:00Z', [1, 2]).meta)).toBe('intraday');
  });

  it('puts AR₀, CAR(0,5) and CAR(0,20) at the end of the reactions CSV, 6 decimals, empty when none', () => {
    const fig = eventStudyFigures(rows, [usd, jpy], 'market', windows, () => ready);
    const [usdLine, jpyLine] = reactionsCsv(rows, fig).split('\n').slice(1).map((l) => l.split(',').slice(-3));
    expect(usdLine).toEqual(['0.900000', '0.800000', '0.900000']);
    // JPY/KRW (mean, α = 0.05): AR₀ 2.4; CAR(0,5) = Σ_{280..285}(1.5·m + e) + 0.8 = 0.8 (two periods
    // of m, three pairs of e); CAR(0,20) = Σ_{280..300}(1.5·m + e) + 0.8 = 0 + 0.1 + 0.8 = 0.9.
    expect(jpyLine).toEqual(['2.400000', '0.800000', '0.900000']);
    const loading = eventStudyFigures(rows, [usd, jpy], 'market', windows, () => ({ status: 'loading' }));
    expect(reactionsCsv(rows, loading).split('\n')[1].split(',').slice(-3)).toEqual(['', '', '']);
  });
});
