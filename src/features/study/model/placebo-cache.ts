import type { ModelData } from './models';
import { placeboBase, placeboPool, type PlaceboPool } from './placebo-candidates';
import { windowKey, type CarWindow } from './study-settings';

/**
 * The placebo's candidate pool depends on the series, the basket, the model, the event T0s kept
 * away, the radius and the windows — not on the groups. A view change (a zoom, a filter, the
 * overlap toggle) changes only the groups, so the pool of the last few studies is kept and reused
 * (a pure function memoised: the same inputs give the same pool, object for object).
 *
 * The series and the basket are compared by identity (the caller's typed arrays), the rest by
 * value. At most CACHE_SIZE pools are kept (a few MB each at most).
 */
const CACHE_SIZE = 4;

interface Entry {
  values: ArrayLike<number>;
  basket: ArrayLike<number> | null;
  days: ArrayLike<number>;
  key: string;
  pool: PlaceboPool;
}

const entries: Entry[] = [];

export function cachedPlaceboPool(
  values: ArrayLike<number>,
  data: ModelData,
  days: ArrayLike<number>,
  eventT0s: readonly number[],
  radius: number,
  windows: readonly CarWindow[],
): PlaceboPool {
  const key = `${data.model}|${radius}|${windows.map(windowKey).join(';')}|${eventT0s.join(',')}`;
  const basket = data.model === 'market' ? data.m : null;
  const at = entries.findIndex((e) => e.values === values && e.basket === basket && e.days === days && e.key === key);
  if (at >= 0) {
    const [hit] = entries.splice(at, 1);
    entries.unshift(hit);
    return hit.pool;
  }
  const pool = placeboPool(placeboBase(data, days, eventT0s, radius), windows);
  entries.unshift({ values, basket, days, key, pool });
  entries.length = Math.min(entries.length, CACHE_SIZE);
  return pool;
}
