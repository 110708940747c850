import { pIs } from './study-text';

describe('p and q in words', () => {
  it('writes "p < 0.001" for a tiny p, never "p = < 0.001"', () => {
    expect(pIs('p', 0.0002)).toBe('p < 0.001');
    expect(pIs('q', 0)).toBe('q < 0.001');
  });
  it('writes three decimals with "=" otherwise, and a dash for none', () => {
    expect(pIs('p', 0.04)).toBe('p = 0.040');
    expect(pIs('p', 0.001)).toBe('p = 0.001');
    expect(pIs('q', null)).toBe('q = —');
  });
});
