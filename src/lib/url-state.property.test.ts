import fc from 'fast-check';
import { CATEGORIES } from '../config/categories';
import { PAIR_IDS, SOURCE_CHOICES, isSeriesId } from '../config/series';
import { LANGS } from '../i18n/lang';
import type { Msg } from '../i18n/message';
import { runs } from './property-runs';
import { parseRangeEnd } from './range-text';
import { DEFAULT_VIEW, parseViewState, serializeViewState, type ViewState } from './url-state';
import { CAR_LIMITS, STUDY_MODEL_PARAMS } from './url-study-params';

/*
 * The link boundary: whatever text stands after `?`, the app gets a view state it can render, a
 * notice for each value it dropped, and a link it writes back reads as the same view.
 */

const EVENT_ID = /^[a-z0-9][a-z0-9-]{2,80}$/;
const DAY_MS = 86_400_000;
const isoDay = (d: number) => new Date(d * DAY_MS).toISOString().slice(0, 10);
/** No lone surrogate: URLSearchParams writes one as U+FFFD, so such a text cannot survive a link. */
const wellFormed = (s: string) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);

/** Every field within its allowed set or range (url-state.ts's contract), whatever the input. */
function expectValid(s: ViewState): void {
  expect(s.pairs.length).toBeGreaterThan(0);
  expect(new Set(s.pairs).size).toBe(s.pairs.length);
  for (const p of s.pairs) expect(isSeriesId(p)).toBe(true);
  expect(typeof s.compare).toBe('boolean');
  for (const end of ['from', 'to'] as const) if (s[end] !== null) expect(parseRangeEnd(s[end]!, end)).not.toBeNull();
  if (s.from !== null && s.to !== null) expect(parseRangeEnd(s.from, 'from')!).toBeLessThan(parseRangeEnd(s.to, 'to')!);
  expect(SOURCE_CHOICES).toContain(s.source);
  // Categories: known ones, once each, in the canonical order (what the filter writes).
  expect(s.cats).toEqual(CATEGORIES.filter((c) => s.cats.includes(c)));
  if (s.actor !== null) {
    expect(s.actor.length).toBeGreaterThan(0);
    expect(s.actor.length).toBeLessThanOrEqual(80);
    expect(s.actor.trim()).toBe(s.actor);
  }
  expect(s.q.length).toBeLessThanOrEqual(200);
  expect([1, 2, 3]).toContain(s.imp);
  if (s.event !== null) expect(s.event).toMatch(EVENT_ID);
  const [a, b] = s.win;
  expect(Number.isInteger(a) && Number.isInteger(b) && a >= -60 && a < 0 && b > 0 && b <= 120).toBe(true);
  expect(Number.isInteger(s.vol) && (s.vol === 0 || (s.vol >= 2 && s.vol <= 250))).toBe(true);
  expect(['light', 'dark']).toContain(s.theme);
  expect([null, ...LANGS]).toContain(s.lang);
  expect(typeof s.embed).toBe('boolean');
  expect(STUDY_MODEL_PARAMS).toContain(s.model);
  if (s.car !== null) {
    const [c, d] = s.car;
    expect(Number.isInteger(c) && Number.isInteger(d) && c <= d && c >= CAR_LIMITS.min && d <= CAR_LIMITS.max).toBe(true);
    expect(Object.is(c, -0) || Object.is(d, -0)).toBe(false);
  }
  expect(typeof s.exclOverlap).toBe('boolean');
  // Fields this test does not know (added since): present, of the default's type.
  for (const k of Object.keys(DEFAULT_VIEW) as (keyof ViewState)[]) {
    expect(k in s).toBe(true);
    const d = DEFAULT_VIEW[k];
    if (d !== null && s[k] !== null) expect(typeof s[k]).toBe(typeof d);
  }
  expect(Object.keys(s).sort()).toEqual(Object.keys(DEFAULT_VIEW).sort());
}

// ---------------------------------------------------------------------------------------------
// Valid view states, built from the allowed values. Fields not generated (and fields added to
// ViewState since this was written) keep their defaults.

const csvId = fc.stringMatching(/^csv:[a-z0-9][a-z0-9-]{0,79}$/);
const dayText = fc.integer({ min: 0, max: 40_000 }).map(isoDay);
const minuteText = fc.tuple(fc.integer({ min: 0, max: 40_000 }), fc.integer({ min: 0, max: 1439 })).map(
  ([d, m]) => `${isoDay(d)}T${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}Z`,
);
const rangeEnd = fc.option(fc.oneof(dayText, minuteText), { nil: null });
const range = fc
  .tuple(rangeEnd, rangeEnd)
  .filter(([f, t]) => f === null || t === null || parseRangeEnd(f, 'from')! < parseRangeEnd(t, 'to')!);
const text = (max: number) => fc.string({ unit: 'grapheme', maxLength: max }).filter((s) => s.length <= max && wellFormed(s));

const validFields = fc.record(
  {
    pairs: fc.uniqueArray(fc.oneof(fc.constantFrom(...PAIR_IDS), csvId), { minLength: 1, maxLength: 6 }),
    compare: fc.boolean(),
    range,
    source: fc.constantFrom(...SOURCE_CHOICES),
    cats: fc.subarray([...CATEGORIES]),
    actor: fc.option(text(80).filter((s) => s.length > 0 && s.trim() === s), { nil: null }),
    q: text(200),
    imp: fc.constantFrom(1 as const, 2 as const, 3 as const),
    event: fc.option(fc.stringMatching(EVENT_ID), { nil: null }),
    win: fc.tuple(fc.integer({ min: -60, max: -1 }), fc.integer({ min: 1, max: 120 })),
    vol: fc.oneof(fc.constant(0), fc.integer({ min: 2, max: 250 })),
    theme: fc.constantFrom('light' as const, 'dark' as const),
    lang: fc.constantFrom(null, ...LANGS),
    embed: fc.boolean(),
    model: fc.constantFrom(...STUDY_MODEL_PARAMS),
    car: fc.option(
      fc.tuple(fc.integer({ min: CAR_LIMITS.min, max: CAR_LIMITS.max }), fc.integer({ min: CAR_LIMITS.min, max: CAR_LIMITS.max })).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as [number, number]),
      { nil: null },
    ),
    exclOverlap: fc.boolean(),
  },
  { requiredKeys: [] },
);

const validView: fc.Arbitrary<ViewState> = validFields.map(({ range: r, ...rest }) => {
  const s = structuredClone(DEFAULT_VIEW) as ViewState;
  Object.assign(s, rest);
  if (r) [s.from, s.to] = r;
  return s;
});

// ---------------------------------------------------------------------------------------------
// Values each key must refuse (with a notice), derived from the parameter list, not the parser.

const anyText = fc.string({ unit: 'grapheme-ascii', maxLength: 12 });
const not = (allowed: readonly string[]) => anyText.filter((s) => !allowed.includes(s));
const badPair = (ok: (a: number, b: number) => boolean) =>
  fc.oneof(
    fc.tuple(fc.integer({ min: -200, max: 200 }), fc.integer({ min: -200, max: 200 })).filter(([a, b]) => !ok(a, b)).map(([a, b]) => `${a},${b}`),
    anyText.filter((s) => !/^\s*-?\d{1,3},-?\d{1,3}\s*$/.test(s)),
  );
const BAD: Partial<Record<string, fc.Arbitrary<string>>> = {
  compare: not(['0', '1']),
  embed: not(['0', '1']),
  source: not(SOURCE_CHOICES),
  imp: not(['1', '2', '3']),
  theme: not(['light', 'dark']),
  lang: anyText.filter((s) => !(LANGS as readonly string[]).includes(s.trim().toLowerCase())),
  model: anyText.filter((s) => !(STUDY_MODEL_PARAMS as readonly string[]).includes(s.trim().toLowerCase())),
  vol: fc.oneof(fc.constantFrom('1', '251', '999', '-5', '2.5', '1e2', '0x10', ''), fc.integer({ min: 251, max: 5000 }).map(String)),
  event: fc.oneof(fc.constantFrom('', 'ab', 'Upper-case', '-lead', 'x'.repeat(82), 'a b c'), anyText.filter((s) => !EVENT_ID.test(s))),
  win: badPair((a, b) => a < 0 && b > 0 && a >= -60 && b <= 120),
  car: badPair((a, b) => a <= b && a >= CAR_LIMITS.min && b <= CAR_LIMITS.max && !Object.is(a, -0)),
  from: fc.constantFrom('2024-02-30', '2023-13-01', 'yesterday', '2024-01-01T24:00Z', '2024-1-1', ''),
  to: fc.constantFrom('2024-02-30', '2023-13-01', 'tomorrow', '2024-01-01T10:60Z', '20240101'),
  pairs: fc.constantFrom('EURUSD', 'xyz', 'csv:', 'csv:-lead', 'csv:a_b', ',', 'USD-KRW'),
  cats: fc.constantFrom('nonsense', 'war,peace', 'x'),
};
/** The field a key sets, and the notices a dropped value gives (catalog ids). */
const FIELD: Record<string, { field: keyof ViewState; notices: string[] }> = {
  compare: { field: 'compare', notices: ['link.expectedOneZero'] },
  embed: { field: 'embed', notices: ['link.expectedOneZero'] },
  source: { field: 'source', notices: ['link.source'] },
  imp: { field: 'imp', notices: ['link.imp'] },
  theme: { field: 'theme', notices: ['link.theme'] },
  lang: { field: 'lang', notices: ['link.lang'] },
  model: { field: 'model', notices: ['link.model'] },
  vol: { field: 'vol', notices: ['link.vol'] },
  event: { field: 'event', notices: ['link.eventBad'] },
  win: { field: 'win', notices: ['link.win'] },
  car: { field: 'car', notices: ['link.car'] },
  from: { field: 'from', notices: ['link.badDate'] },
  to: { field: 'to', notices: ['link.badDate'] },
  pairs: { field: 'pairs', notices: ['link.pairsIgnored', 'link.pairsNone'] },
  cats: { field: 'cats', notices: ['link.catsIgnored'] },
};
/** A notice's id, and its id with the key it names (`link.expectedOneZero:compare`). */
const noticeKeys = (m: Msg) => (m.values && typeof m.values.key === 'string' ? [m.id, `${m.id}:${m.values.key}`] : [m.id]);

// ---------------------------------------------------------------------------------------------
// Hostile query strings: real keys with junk, junk keys, broken escapes, and plain random text.

const KEYS = ['v', 'pairs', 'compare', 'from', 'to', 'source', 'cats', 'actor', 'q', 'imp', 'event', 'win', 'vol', 'theme', 'lang', 'embed', 'model', 'car', 'excl', 'present', 'sort'];
const PIECES = ['', '0', '1', '-0', '-1', '2', '3', '-0,-0', '-0,5', '-10,60', '-60,120', '007', '250', '251', 'USDKRW', 'usdkrw', 'csv:my-ndf', 'csv:', ',', ',,', 'ecb', 'auto', 'snapshot', 'dark', 'KO', ' en ', 'market', 'MEAN', 'overlap', '2024-02-29', '2023-02-29', '2024-01-01T23:59Z', '%', '%zz', '%E2%82', '%F0%9F%98%80', '+', '&', '=', '#', '😀', '\uD83D', '\uDE00', ' ', '\u0000', '\u2028', 'a'.repeat(79) + ' b', 'x'.repeat(201), '🇰🇷'.repeat(60), `x${'😀'.repeat(100)}`, `${'a'.repeat(79)}😀`];
const value = fc.oneof(fc.constantFrom(...PIECES), fc.array(fc.constantFrom(...PIECES), { maxLength: 4 }).map((a) => a.join('')), fc.string({ unit: 'binary', maxLength: 30 }));
const hostileQuery = fc.oneof(
  fc.array(fc.tuple(fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 6 })), value, fc.boolean()), { maxLength: 12 }).map((kv) =>
    `?${kv.map(([k, v, enc]) => `${k}=${enc ? encodeURIComponent(v.replace(/[\uD800-\uDFFF]/g, '')) : v}`).join('&')}`,
  ),
  fc.string({ unit: 'binary', maxLength: 120 }),
);

describe('URL view state: properties', () => {
  // Guards: a parser that throws on odd input, or lets an out-of-range value (vol 1, win 5,10,
  // an unknown pair, -0 in car) into the state the views render.
  it('any text as the query string gives a valid view state, and never throws', () => {
    fc.assert(
      fc.property(hostileQuery, (q) => {
        expectValid(parseViewState(q).state);
      }),
      runs(300),
    );
  });

  // Guards: a state the parser produces that the serialiser cannot write back (a cut emoji in q, a
  // trailing space after actor's cut, -0 written as "0"): a copied link would not open the same view.
  it('the state read from any query string is written back to a link that reads the same, without notices', () => {
    fc.assert(
      fc.property(hostileQuery, (q) => {
        const { state } = parseViewState(q);
        const again = parseViewState(serializeViewState(state));
        expect(again.notices).toEqual([]);
        expect(again.state).toEqual(state);
      }),
      runs(300),
    );
  });

  // Guards: a field the serialiser forgets, a default written wrongly, a value that loses its
  // order or case (cats, pairs, csv ids), an escape that does not read back (q, actor).
  it('parse ∘ serialise is the identity on valid view states', () => {
    fc.assert(
      fc.property(validView, (s) => {
        const { state, notices } = parseViewState(serializeViewState(s));
        expect(notices).toEqual([]);
        expect(state).toEqual(s);
      }),
      runs(300),
    );
  });

  // Guards: a bad value silently dropped (no notice), a bad value that also resets a good one,
  // or a bad value kept.
  it('a bad value of a key is dropped with a notice naming it; the other keys keep their values', () => {
    const corrupt = fc.uniqueArray(fc.constantFrom(...Object.keys(BAD)), { minLength: 1, maxLength: 4 }).chain((keys) =>
      fc.tuple(...keys.map((k) => BAD[k]!.map((v) => [k, v] as const))),
    );
    fc.assert(
      fc.property(validView, corrupt, (s, bad) => {
        const p = new URLSearchParams(serializeViewState(s));
        for (const [k, v] of bad) p.set(k, v);
        const { state, notices } = parseViewState(`?${p}`);
        const want = structuredClone(s);
        for (const [k] of bad) (want as unknown as Record<string, unknown>)[FIELD[k].field] = structuredClone(DEFAULT_VIEW[FIELD[k].field]);
        expect(state).toEqual(want);
        const got = new Set(notices.flatMap(noticeKeys));
        for (const [k] of bad) {
          const ids = FIELD[k].notices.map((id) => (id === 'link.expectedOneZero' ? `${id}:${k}` : id));
          expect(ids.some((id) => got.has(id)), `a notice for ${k}`).toBe(true);
        }
      }),
      runs(250),
    );
  });
});
