import { describe, expect, it } from 'vitest';
import { formatDecimal, formatTick } from './number-format';

const intl = (min: number, max: number) => new Intl.NumberFormat('en-US', { minimumFractionDigits: min, maximumFractionDigits: max });

function randomValues(): number[] {
  const values: number[] = [0, -0, 0.5, 1.5, 2.5, 9.95, 99.995, 999.9995, 0.000001234, 1e-7, 123456789.987654];
  for (const step of [0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000]) {
    for (let i = 0; i <= 40; i++) values.push(i * step, 1000 + i * step, -i * step);
  }
  let seed = 7;
  const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  for (let i = 0; i < 4000; i++) {
    values.push(Math.round(rand() * 2_000_000) / 100); // two decimals: ties at the second decimal
    values.push(Math.round(rand() * 200_000_000) / 100_000); // five decimals: ties at the fifth
    values.push(rand() * 3000 - 1000);
    values.push((rand() - 0.5) * 1e-3);
  }
  return values;
}

describe('formatDecimal', () => {
  it('writes en-US figures with grouping and the asked decimals', () => {
    expect(formatDecimal(1197.9, 2, 2)).toBe('1,197.90');
    expect(formatDecimal(1016.55012, 2, 4)).toBe('1,016.5501');
    expect(formatDecimal(1119.1, 2, 4)).toBe('1,119.10');
    expect(formatDecimal(9.96, 1, 1)).toBe('10.0');
    expect(formatDecimal(999.99, 0, 1)).toBe('1,000');
    expect(formatDecimal(-12.35, 0, 1)).toBe('-12.4');
    expect(formatDecimal(Number.NaN, 2, 2)).toBe('NaN');
  });

  it.each([
    [0, 1],
    [1, 1],
    [2, 2],
    [2, 4],
    [0, 0],
  ])('gives what Intl gives with %i to %i decimals', (min, max) => {
    const f = intl(min, max);
    const differ = randomValues().filter((v) => formatDecimal(v, min, max) !== f.format(v));
    expect(differ.map((v) => `${v}: ${formatDecimal(v, min, max)} vs ${f.format(v)}`)).toEqual([]);
  });
});

describe('formatTick', () => {
  it('writes axis ticks with at most one decimal', () => {
    expect(formatTick(1200)).toBe('1,200');
    expect(formatTick(1250.5)).toBe('1,250.5');
    expect(formatTick(0.30000000000000004)).toBe('0.3');
    expect(formatTick(1234567.04)).toBe('1,234,567');
  });
});
