import { describe, expect, it, vi } from 'vitest';
import { lazy } from './lazy';

describe('lazy', () => {
  it('builds the value on first use only, then returns the same value', () => {
    const make = vi.fn(() => ({ built: true }));
    const get = lazy(make);
    expect(make).not.toHaveBeenCalled();
    const a = get();
    const b = get();
    expect(a).toEqual({ built: true });
    expect(b).toBe(a);
    expect(make).toHaveBeenCalledTimes(1);
  });

  it('keeps a falsy value without building it again', () => {
    const make = vi.fn(() => undefined);
    const get = lazy(make);
    get();
    get();
    expect(make).toHaveBeenCalledTimes(1);
  });
});
