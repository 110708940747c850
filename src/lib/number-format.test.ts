import { describe, expect, it } from 'vitest';
import { formatCount, formatDecimal, formatTick } from './number-format';

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

/** Every magnitude a double has: both ends, the exponent-form ranges of String(), and a log-uniform sweep. */
function extremeValues(): number[] {
  const values = [Number.MIN_VALUE, Number.MAX_VALUE, 1e-300, 2e-300, 1e308, 1.6e308, 1.7e308, 1e21, 1e22, 9.99e20, 1e-6, 9.99e-7, 4.9999e-7, 5e-7, 2.5e-7];
  let seed = 11;
  const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  for (let i = 0; i < 600; i++) values.push((1 + rand() * 9) * 10 ** Math.floor(rand() * 630 - 320));
  return [...values, ...values.map((v) => -v)].filter((v) => Number.isFinite(v) && v !== 0);
}

describe('formatDecimal over every finite double', () => {
  it.each([
    [0, 1],
    [2, 4],
    [0, 20],
  ])('gives what Intl gives for tiny and huge figures with %i to %i decimals', (min, max) => {
    const f = intl(min, max);
    const differ = extremeValues().filter((v) => formatDecimal(v, min, max) !== f.format(v));
    expect(differ.map((v) => `${v}: ${formatDecimal(v, min, max)} vs ${f.format(v)}`)).toEqual([]);
  });

  it('writes a figure from 1e21 up in full, never as its first digits', () => {
    expect(formatDecimal(1e21, 0, 1)).toBe('1,000,000,000,000,000,000,000');
    const huge = formatDecimal(1.6e308, 0, 1);
    expect(huge).toBe(`16${'0'.repeat(307)}`.replace(/\B(?=(\d{3})+(?!\d))/g, ','));
    expect(formatDecimal(-1e308, 0, 0).replace(/,/g, '')).toBe(`-1${'0'.repeat(308)}`);
  });

  it('writes tiny figures digit for digit and rounds them as Intl does', () => {
    expect(formatDecimal(1e-300, 0, 1)).toBe('0');
    expect(formatDecimal(-1e-300, 0, 1)).toBe('-0');
    expect(formatDecimal(1.5e-7, 0, 7)).toBe('0.0000002');
    expect(formatDecimal(4.9999e-7, 0, 6)).toBe('0'); // not rounded twice up to 0.000001
    expect(formatDecimal(Number.MIN_VALUE, 0, 200)).toBe(`0.${'0'.repeat(323)}`.slice(0, 202).replace(/\.?0+$/, ''));
    expect(formatDecimal(5e-324, 0, 330)).toBe(`0.${'0'.repeat(323)}5`);
  });
});

describe('formatTick', () => {
  it('writes zero as "0", also -0, and what one decimal cannot show with an exponent', () => {
    expect(formatTick(0)).toBe('0');
    expect(formatTick(-0)).toBe('0');
    expect(formatTick(1e-300)).toBe('1e-300');
    expect(formatTick(-2.5e-7)).toBe('-2.5e-7');
    expect(formatTick(Number.MIN_VALUE)).toBe('5e-324');
    expect(formatTick(1e308)).toBe('1e308');
    expect(formatTick(1.6e308)).toBe('1.6e308');
    expect(formatTick(Number.MAX_VALUE)).toBe('1.79769e308');
    expect(formatTick(2e9)).toBe('2e9');
    expect(formatTick(999_999_999)).toBe('999,999,999');
    expect(formatTick(-1234.56)).toBe('-1,234.6');
  });

  it('never throws and never gives the same label to two ticks a decade apart', () => {
    for (const v of extremeValues()) {
      expect(() => formatTick(v)).not.toThrow();
      expect(formatTick(v)).not.toBe(formatTick(v * 10));
    }
  });

  it('writes axis ticks with at most one decimal', () => {
    expect(formatTick(1200)).toBe('1,200');
    expect(formatTick(1250.5)).toBe('1,250.5');
    expect(formatTick(0.30000000000000004)).toBe('0.3');
    expect(formatTick(1234567.04)).toBe('1,234,567');
  });
});

describe('formatCount', () => {
  it('writes counts as Intl.NumberFormat en-US and ko-KR do: grouped digits', () => {
    const en = new Intl.NumberFormat('en-US');
    const ko = new Intl.NumberFormat('ko-KR');
    for (const n of [0, 1, 9, 10, 999, 1_000, 1_001, 9_999, 12_345, 50_000, 100_000, 999_999, 1_000_000, 1_234_567_890]) {
      expect(formatCount(n)).toBe(en.format(n));
      expect(formatCount(n)).toBe(ko.format(n));
    }
  });
});
