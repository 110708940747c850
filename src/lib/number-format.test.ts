import { describe, expect, it } from 'vitest';
import { formatTick } from './number-format';

const intl = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

describe('formatTick', () => {
  it('writes axis ticks as en-US with at most one decimal', () => {
    expect(formatTick(1200)).toBe('1,200');
    expect(formatTick(1250.5)).toBe('1,250.5');
    expect(formatTick(9.5)).toBe('9.5');
    expect(formatTick(0)).toBe('0');
    expect(formatTick(0.30000000000000004)).toBe('0.3');
    expect(formatTick(1234567.04)).toBe('1,234,567');
    expect(formatTick(-12.35)).toBe('-12.4');
  });

  it('gives what Intl gives for nice tick values and for random figures', () => {
    const values: number[] = [];
    for (const step of [0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000]) {
      for (let i = 0; i <= 40; i++) values.push(i * step, 1000 + i * step, -i * step);
    }
    let seed = 7;
    const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let i = 0; i < 5000; i++) {
      values.push(Math.round(rand() * 2_000_000) / 100); // two decimals: ties at the second decimal
      values.push(rand() * 3000 - 1000);
    }
    const differ = values.filter((v) => formatTick(v) !== intl.format(v));
    expect(differ.map((v) => `${v}: ${formatTick(v)} vs ${intl.format(v)}`)).toEqual([]);
  });
});
