import fc from 'fast-check';
import { runs } from '../../../lib/property-runs';
import type { PairId } from '../../../config/series';
import { makeSeries, type Series } from '../../rates/model/series';
import { DEFAULT_WINDOWS, type StudyModel } from '../../study/model';
import { computeReactions, type ReactionRow } from './compute-reactions';
import { eventStudyFigures, type EventStudyFigures } from './event-study';
import { eventAnchor } from './fix-instants';
import { day, ev, intradayOf, weekdays } from './test-fixtures';

/*
 * The reaction and event-study engines (synthetic series, never market data): the figures a view
 * shows do not depend on the unit of a series (KRW per 1 or per 100 JPY), T0 never comes before the
 * announcement, and every figure is a finite number or null — never NaN or Infinity.
 */

const DAY_MS = 86_400_000;
/** Percent log returns of one step: moves, and exact zeros (flat stretches: pre_vol 0, z null). */
const step = fc.oneof({ weight: 5, arbitrary: fc.double({ min: -3, max: 3, noNaN: true }) }, { weight: 1, arbitrary: fc.constant(0) });

interface World {
  dates: string[];
  /** Percent log returns per line (USD/KRW, JPY/KRW, CNY/KRW, an hourly import) and per basket member. */
  lines: number[][];
  members: number[][];
  hourly: number[];
  hourlyStart: string;
  events: ReturnType<typeof ev>[];
}

const worldArb: fc.Arbitrary<World> = fc
  .record({ start: fc.integer({ min: day('2000-01-03'), max: day('2020-01-01') }), n: fc.integer({ min: 2, max: 320 }) })
  .chain(({ start, n }) => {
    const dates = weekdays(new Date(start * DAY_MS).toISOString().slice(0, 10), n);
    const first = day(dates[0]);
    const last = day(dates[n - 1]);
    const event = fc.record({
      d: fc.integer({ min: first - 20, max: last + 20 }),
      time: fc.option(fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })), { nil: undefined }),
      timezone: fc.constantFrom('Asia/Seoul', 'America/New_York', 'Europe/Berlin', 'UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'),
    });
    // Returns with a flat stretch somewhere (up to 150 observations without a move: pre_vol 0).
    const path = fc
      .tuple(fc.array(step, { minLength: n, maxLength: n }), fc.nat(), fc.nat({ max: 150 }))
      .map(([r, at, len]) => r.map((x, i) => (i >= at % n && i < (at % n) + len ? 0 : x)));
    return fc.record({
      dates: fc.constant(dates),
      lines: fc.tuple(path, path, path),
      members: fc.tuple(path, path),
      hourly: fc.array(step, { minLength: 1, maxLength: 24 * 12 }),
      hourlyStart: fc.integer({ min: first * 24 - 48, max: last * 24 }).map((h) => new Date(h * 3_600_000).toISOString()),
      events: fc.array(event, { minLength: 1, maxLength: 8 }).map((es) =>
        es.map((e, i) =>
          ev(`e-${i}`, new Date(e.d * DAY_MS).toISOString().slice(0, 10), {
            timezone: e.timezone,
            ...(e.time ? { time: `${String(e.time[0]).padStart(2, '0')}:${String(e.time[1]).padStart(2, '0')}` } : {}),
          }),
        ),
      ),
    });
  });

/** Prices from percent log returns, starting at p0. */
const prices = (r: readonly number[], p0: number) => {
  const v = [p0];
  for (let i = 1; i < r.length; i++) v.push(v[i - 1] * Math.exp(r[i] / 100));
  return v;
};

/** The world's series, each line's prices scaled by its own constant (1 for none). */
function build(w: World, k: readonly number[] = [1, 1, 1, 1, 1, 1]) {
  const days = w.dates.map(day);
  const pairs: PairId[] = ['USDKRW', 'JPYKRW', 'CNYKRW'];
  const lines: Series[] = [
    ...pairs.map((p, i) => makeSeries(p, 'snapshot', days, prices(w.lines[i], [1300, 900, 180][i] * k[i]))),
    intradayOf('csv:hourly', w.hourlyStart, prices(w.hourly, 1300 * k[3]), { stepMin: 60 }),
  ];
  const members = w.members.map((r, m) => ({ days, values: prices(r, [150, 7][m] * k[4 + m]) }));
  return { lines, members };
}

function study(rows: readonly ReactionRow[], lines: readonly Series[], members: { days: number[]; values: number[] }[], model: StudyModel): EventStudyFigures {
  return eventStudyFigures(rows, lines, model, DEFAULT_WINDOWS, () => ({ status: 'ready', members }));
}

/** Every number in a value shown by a view (a row's figures, its study figures) is finite. */
function expectNoNaN(v: unknown, where: string): void {
  if (typeof v === 'number') expect(Number.isFinite(v), where).toBe(true);
  else if (Array.isArray(v)) v.forEach((x, i) => expectNoNaN(x, `${where}[${i}]`));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) expectNoNaN(x, `${where}.${k}`);
}
const FIGURES = ['status', 't0', 't0At', 'baseDate', 'baseAt', 'baseRate', 't0Rate', 'chg0', 'chg5', 'chg20', 'preDrift', 'preVol', 'z0', 'adjusted', 'overlap', 'overlapCount'] as const;

/** Equal within rounding (a ratio of scaled prices is the ratio to ~1 ulp), or both null. */
function expectClose(a: number | null, b: number | null, where: string): void {
  if (a === null || b === null) return void expect(b, where).toBe(a);
  expect(Math.abs(a - b), `${where}: ${a} vs ${b}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(a)));
}

describe('reactions and the event study: properties', () => {
  // Guards: a NaN from 0/0 (a flat stretch: pre_vol 0), log of a ratio at an edge, a CAR window
  // running off the series, an empty estimation window — any of them would print "NaN" in a table.
  it('every figure of every row, and of its event study, is a finite number or null', () => {
    fc.assert(
      fc.property(worldArb, fc.constantFrom<StudyModel>('market', 'mean', 'raw'), (w, model) => {
        const { lines, members } = build(w);
        const rows = computeReactions(w.events, lines);
        expect(rows).toHaveLength(w.events.length * lines.length);
        const st = study(rows, lines, members, model);
        rows.forEach((r, i) => {
          for (const f of FIGURES) expectNoNaN(r[f], `row ${i}.${f}`);
          expectNoNaN(st.byRow.get(r), `study of row ${i}`);
        });
      }),
      runs(60),
    );
  });

  // Guards: T0 taken as the observation before the announcement (a lower bound off by one, a fix
  // instant in the wrong zone, a date-only event matched to the day before).
  it('T0 is never before the announcement, and T−1 is before it', () => {
    fc.assert(
      fc.property(worldArb, (w) => {
        const { lines } = build(w);
        for (const r of computeReactions(w.events, lines)) {
          if (r.t0At === null) continue;
          const a = eventAnchor(r.event);
          const intraday = r.meta.resolution === 'intraday';
          // Timed events against the series' instants; date-only ones by date (daily) or from 00:00 in the event's zone (intraday).
          if (a.instant !== null) {
            expect(r.t0At).toBeGreaterThanOrEqual(a.instant);
            if (r.baseAt !== null) expect(r.baseAt).toBeLessThan(a.instant);
          } else if (intraday) {
            expect(r.t0At).toBeGreaterThanOrEqual(a.dayStart);
            if (r.baseAt !== null) expect(r.baseAt).toBeLessThan(a.dayStart);
          } else {
            expect(r.t0!).toBeGreaterThanOrEqual(a.day);
            if (r.baseDate !== null) expect(r.baseDate).toBeLessThan(a.day);
          }
        }
      }),
      runs(120),
    );
  });

  // Guards: a figure in price units where a percentage is meant (a difference instead of a ratio),
  // a volatility or z that depends on the level, a market-adjusted move or a model fit that mixes
  // the units of two series.
  it('scaling each series by its own positive constant leaves every percentage, z, AR and CAR as it was', () => {
    const k = fc.array(fc.double({ min: 1e-3, max: 1e3, noNaN: true }), { minLength: 6, maxLength: 6 });
    fc.assert(
      fc.property(worldArb, k, fc.constantFrom<StudyModel>('market', 'mean', 'raw'), (w, scale, model) => {
        const a = build(w);
        const b = build(w, scale);
        const ra = computeReactions(w.events, a.lines);
        const rb = computeReactions(w.events, b.lines);
        const sa = study(ra, a.lines, a.members, model);
        const sb = study(rb, b.lines, b.members, model);
        ra.forEach((x, i) => {
          const y = rb[i];
          expect([y.status, y.t0, y.t0At, y.baseAt, y.overlapCount]).toEqual([x.status, x.t0, x.t0At, x.baseAt, x.overlapCount]);
          for (const f of ['chg0', 'chg5', 'chg20', 'preDrift', 'preVol', 'z0'] as const) expectClose(x[f], y[f], `row ${i}.${f}`);
          for (const f of ['chg0', 'chg5', 'chg20'] as const) expectClose(x.adjusted?.[f] ?? null, y.adjusted?.[f] ?? null, `row ${i}.adjusted.${f}`);
          const p = sa.byRow.get(x)!;
          const q = sb.byRow.get(y)!;
          expect(q.fit.ok).toBe(p.fit.ok);
          expectClose(p.ar0, q.ar0, `row ${i}.ar0`);
          p.cars.forEach((c, j) => {
            expect(q.cars[j].ok).toBe(c.ok);
            if (c.ok && q.cars[j].ok) expectClose(c.car, (q.cars[j] as { car: number }).car, `row ${i}.car[${j}]`);
          });
        });
      }),
      runs(50),
    );
  });
});
