/** Round ticks over a value range, and the domain they span. */
export interface NiceScale {
  domain: [number, number];
  ticks: number[];
}

/** No axis gets more ticks than this, whatever is asked: every tick loop is bounded. */
export const MAX_TICKS = 50;
/**
 * A span below this share of the values' size is float noise (two figures one ulp apart),
 * not a range to divide: it is padded like a single value.
 */
export const MIN_RELATIVE_SPAN = 1e-9;
/** A single value (or a noise-sized span) is shown with this share of it on each side; 1 around 0. */
export const FLAT_PAD = 0.01;

/**
 * Round tick values (1, 2, 2.5, 5 × 10^k) covering [min, max], and the domain they span.
 * Terminates for any input: a degenerate or tiny span gets a padded domain, at most
 * MAX_TICKS ticks are made, and a range round steps cannot divide (beyond the doubles'
 * precision or range) gets evenly spaced ticks from min to max instead.
 */
export function niceTicks(min: number, max: number, count = 6): NiceScale {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return { domain: [0, 1], ticks: [0, 1] };
  const [lo, hi] = padded(Math.min(min, max), Math.max(min, max));
  const intervals = Math.min(MAX_TICKS - 1, Math.max(1, Math.floor(count) - 1 || 1));
  return roundTicks(lo, hi, intervals) ?? evenTicks(lo, hi, intervals);
}

function padded(min: number, max: number): [number, number] {
  const mid = min / 2 + max / 2;
  if (max - min > Math.abs(mid) * MIN_RELATIVE_SPAN) return [min, max];
  let pad = Math.abs(mid) * FLAT_PAD;
  if (!(pad >= 1e-290)) pad = 1; // 0, or so close to it that its hundredth has no precision left
  if (mid + pad === Infinity) return [mid - 2 * pad, mid];
  if (mid - pad === -Infinity) return [mid, mid + 2 * pad];
  return [mid - pad, mid + pad];
}

/** Round steps from the smallest that fits upwards: a larger one may keep the last tick below 1.8e308. */
const STEP_MANTISSAS = [1, 2, 2.5, 5, 10, 20, 25, 50, 100];

function roundTicks(min: number, max: number, intervals: number): NiceScale | null {
  const raw = (max - min) / intervals;
  if (!(raw > 0 && raw < Infinity)) return null;
  const mag = 10 ** Math.floor(Math.log10(raw));
  if (!(mag > 0 && mag < Infinity)) return null;
  for (const m of STEP_MANTISSAS) {
    const step = m * mag;
    if (step < raw * (1 - 1e-9)) continue;
    const ticks = stepTicks(min, max, step);
    if (ticks) return { domain: [ticks[0], ticks[ticks.length - 1]], ticks };
  }
  return null;
}

/** The multiples of `step` from the last one at or below min to the first at or above max; null when they cannot all be written. */
function stepTicks(min: number, max: number, step: number): number[] | null {
  const first = Math.floor(min / step + 1e-9);
  const last = Math.ceil(max / step - 1e-9);
  if (!(last - first >= 1 && last - first < MAX_TICKS)) return null;
  // Each tick is k × step, written with the digits k × step can have (k's, plus the step's 2.5).
  const digits = Math.min(100, String(Math.max(Math.abs(first), Math.abs(last), 1)).length + 2);
  const ticks: number[] = [];
  for (let k = first; k <= last; k++) {
    const v = Number((k * step).toPrecision(digits)) || 0; // || 0: no -0
    if (!Number.isFinite(v) || (ticks.length && v <= ticks[ticks.length - 1])) return null;
    ticks.push(v);
  }
  return ticks;
}

/** `intervals` + 1 evenly spaced ticks from min to max (no overflow: each is a weighted mean). */
function evenTicks(min: number, max: number, intervals: number): NiceScale {
  const ticks: number[] = [];
  for (let i = 0; i <= intervals; i++) {
    const t = i / intervals;
    const v = i === intervals ? max : min * (1 - t) + max * t;
    if (!ticks.length || v > ticks[ticks.length - 1]) ticks.push(v);
  }
  if (ticks.length < 2) return { domain: [min, min + 1], ticks: [min, min + 1] };
  return { domain: [ticks[0], ticks[ticks.length - 1]], ticks };
}
