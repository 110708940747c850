import fc from 'fast-check';
import { MemoryStorage } from '../../../lib/memory-storage';
import { runs } from '../../../lib/property-runs';
import { PAIR_FIGURE_BOUNDS, RAW_FIGURE_BOUNDS } from '../model/ecb-bounds';
import type { EcbRow } from '../model/ecb-parse';
import { ECB_CACHE_KEY, loadEcbCache, writeEcbCache } from './ecb-cache';

/*
 * The ECB cache (`krw-lens:ecb-cache:v1`): whatever text is stored there, reading it never throws and
 * gives either rows fit to chart or a reason it was discarded; what the app writes reads back.
 */

const DAY_MS = 86_400_000;
const NOW = Date.UTC(2026, 4, 15, 12);
const iso = (d: number) => new Date(d * DAY_MS).toISOString().slice(0, 10);
const FIRST = Date.UTC(1999, 0, 4) / DAY_MS;
const TODAY = Math.floor(NOW / DAY_MS);
const rawOk = (v: number) => v >= RAW_FIGURE_BOUNDS[0] && v <= RAW_FIGURE_BOUNDS[1];

/** Figures as the ECB publishes them (a few decimals), in the ranges the four currencies have had since 1999. */
const fig = (lo: number, hi: number, dec: number) => fc.integer({ min: lo * 10 ** dec, max: hi * 10 ** dec }).map((n) => n / 10 ** dec);
const rowsArb: fc.Arbitrary<EcbRow[]> = fc
  .uniqueArray(fc.integer({ min: FIRST, max: TODAY }).filter((d) => ![0, 6].includes(new Date(d * DAY_MS).getUTCDay())), { minLength: 1, maxLength: 40 })
  .chain((days) =>
    fc.tuple(
      ...[...days].sort((a, b) => a - b).map((d) =>
        fc.record({
          date: fc.constant(iso(d)),
          KRW: fig(900, 1600, 2),
          JPY: fc.option(fig(75, 165, 2), { nil: null }),
          CNY: fc.option(fig(6, 9, 4), { nil: null }),
          EUR: fc.option(fig(0.6, 1.2, 4), { nil: null }),
        }),
      ),
    ),
  );

function withStorage<T>(entries: Record<string, string>, f: (s: MemoryStorage) => T): T {
  const s = new MemoryStorage(entries);
  vi.stubGlobal('localStorage', s);
  try {
    return f(s);
  } finally {
    vi.unstubAllGlobals();
  }
}

describe('ECB cache: properties', () => {
  // Guards: a stored entry written by the app that does not read back (a figure rounded, a day lost
  // or shifted by the delta coding).
  it('rows the app writes read back the same', () => {
    fc.assert(
      fc.property(rowsArb, fc.integer({ min: 0, max: 3 * DAY_MS }), (rows, ago) => {
        const fetchedAt = new Date(NOW - ago).toISOString();
        withStorage({}, () => {
          expect(writeEcbCache(rows, fetchedAt, 'frankfurter', NOW)).toBe(true);
          expect(loadEcbCache(NOW)).toEqual({ entry: { rows, fetchedAt }, discarded: null });
        });
      }),
      runs(150),
    );
  });

  // Guards: an exception on a damaged entry (the app would not start offline), an entry that
  // passes with a figure out of bounds, days out of order, a fetch time in the future.
  it('any stored text (random, or a real entry damaged) reads as chartable rows or as a discard with a reason', () => {
    const damaged = fc
      .tuple(rowsArb, fc.nat(), fc.oneof(fc.string({ maxLength: 3 }), fc.constantFrom('-', '9', '0', 'null', '"x"', '1e9', ']', '{')), fc.constantFrom('cut', 'junk', 'digit'))
      .map(([rows, at, junk, how]) => {
        const text = withStorage({}, (s) => {
          writeEcbCache(rows, new Date(NOW - DAY_MS).toISOString(), 'frankfurter', NOW);
          return s.getItem(ECB_CACHE_KEY)!;
        });
        if (how === 'digit') {
          // One digit changed: often still an entry that decodes, with a day or a figure moved.
          const digits = [...text.matchAll(/\d/g)].map((m) => m.index);
          const i = digits[at % digits.length];
          return text.slice(0, i) + String((Number(text[i]) + 1 + (at % 9)) % 10) + text.slice(i + 1);
        }
        const i = at % text.length;
        return how === 'cut' ? text.slice(0, i) : text.slice(0, i) + junk + text.slice(i + 1);
      });
    const text = fc.oneof({ weight: 4, arbitrary: damaged }, fc.string({ unit: 'binary', maxLength: 100 }), fc.jsonValue().map((v) => JSON.stringify(v) ?? ''));
    let kept = 0;
    fc.assert(
      fc.property(text, (t) => {
        const r = withStorage({ [ECB_CACHE_KEY]: t }, () => loadEcbCache(NOW));
        if (r.entry === null) {
          expect(typeof r.discarded).toBe('string');
          return;
        }
        kept++;
        expect(r.discarded).toBeNull();
        expect(Date.parse(r.entry.fetchedAt)).toBeLessThanOrEqual(NOW);
        r.entry.rows.forEach((row, i) => {
          const d = Date.parse(`${row.date}T00:00:00Z`) / DAY_MS;
          expect(iso(d)).toBe(row.date);
          expect(d >= FIRST && d <= TODAY).toBe(true);
          if (i > 0) expect(row.date > r.entry!.rows[i - 1].date).toBe(true);
          expect(rawOk(row.KRW)).toBe(true);
          for (const k of ['JPY', 'CNY', 'EUR'] as const) {
            const v = row[k];
            if (v === null) continue;
            expect(rawOk(v)).toBe(true);
            const cross = k === 'JPY' ? (row.KRW / v) * 100 : row.KRW / v;
            expect(cross >= PAIR_FIGURE_BOUNDS[0] && cross <= PAIR_FIGURE_BOUNDS[1]).toBe(true);
          }
        });
      }),
      runs(300),
    );
    // Damage that leaves a readable entry (a digit changed) was tried too, not only discards.
    expect(kept).toBeGreaterThan(10);
  });
});
