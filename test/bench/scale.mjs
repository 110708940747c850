// The bench's scale case (issue 10, "Speed and scale"): one imported intraday series of
// 1,000,000 synthetic 1-minute bars and 2,000 synthetic events of the user, shown with the
// built-in pairs. Node-side helpers for scripts/bench.mjs; `seedScaleSeries` runs in the page.
import { dayToIso, isoToDay, rng } from './bench-lib.mjs';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/**
 * The instants of `n` 1-minute bars ending at `endMs` (a minute, UTC): every minute of every
 * weekday (Monday–Friday, UTC, round the clock, as FX trades), weekends skipped. Self-contained:
 * it also runs in the page (seedScaleSeries), where the numbers are built.
 */
export function minuteBars(endMs, n) {
  const t = new Float64Array(n);
  let m = endMs;
  for (let i = n - 1; i >= 0; i--) {
    // 1970-01-01 was a Thursday: (day + 4) % 7 is 0 on Sunday, 6 on Saturday.
    for (;;) {
      const wd = (Math.floor(m / 86_400_000) + 4) % 7;
      if (wd !== 0 && wd !== 6) break;
      m = Math.floor(m / 86_400_000) * 86_400_000 - 60_000; // the last minute of the day before
    }
    t[i] = m;
    m -= 60_000;
  }
  return t;
}

/**
 * Runs in the page (page.evaluate): builds the synthetic series (instants by `minuteBars`, passed
 * as source text; values a mean-reverting random walk in log space around `level`, seeded) as
 * typed arrays and stores it with `window.__krwLens.addSeries`. Nothing of the 16 MB crosses CDP.
 */
export async function seedScaleSeries({ barsSource, name, unit, endMs, n, level, seed }) {
  const lens = window.__krwLens;
  if (!lens || typeof lens.addSeries !== 'function') return { ok: false, code: 'no-hook', detail: 'window.__krwLens.addSeries is missing (an automation build from before the scale case?)' };
  const t0 = performance.now();
  const bars = new Function(`return (${barsSource});`)();
  const instants = bars(endMs, n);
  const values = new Float64Array(n);
  let a = seed >>> 0;
  const rand = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = a;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  const mu = Math.log(level);
  let y = mu;
  for (let i = 0; i < n; i++) {
    // ~0.03 % a minute (≈ 0.7 % a day), pulled back to the level over about two weeks of bars
    const z = rand() + rand() + rand() + rand() - 2; // ≈ normal, sd 0.577
    y += (mu - y) * 5e-5 + 5e-4 * z;
    values[i] = Math.round(Math.exp(y) * 100) / 100;
  }
  const built = performance.now() - t0;
  const t1 = performance.now();
  const r = await lens.addSeries({ name, unit, instants, values, resolution: 'intraday', fix: { zone: 'UTC', time: '00:00' } });
  return { ...r, buildMs: built, storeMs: performance.now() - t1, first: instants[0], last: instants[n - 1] };
}

const CATS = ['sanction', 'provocation', 'diplomacy', 'monetary-policy', 'fx-policy', 'political', 'market-shock'];

/**
 * `n` synthetic events of the user between two instants, on weekdays, at a Seoul time of day
 * (HH:MM, so that each meets a 1-minute bar), as the stored text of the user's events
 * (localStorage `krw-lens:user-events`, version 1). Deterministic.
 */
export function scaleEventsText(n, firstMs, lastMs, seed) {
  const r = rng(seed);
  const events = [];
  const span = lastMs - firstMs;
  for (let i = 0; i < n; i++) {
    // evenly spread, jittered within its slot; in Seoul (UTC+9) for the date and time
    let ms = firstMs + ((i + r()) / n) * span + 9 * 3_600_000;
    let day = Math.floor(ms / DAY_MS);
    while ((day + 4) % 7 === 0 || (day + 4) % 7 === 6) day++;
    ms = day * DAY_MS + (ms % DAY_MS);
    const minute = Math.floor((ms % DAY_MS) / MINUTE_MS);
    const hh = String(Math.floor(minute / 60)).padStart(2, '0');
    const mm = String(minute % 60).padStart(2, '0');
    events.push({
      id: `bench-${String(i).padStart(4, '0')}`,
      date: dayToIso(day),
      time: `${hh}:${mm}`,
      timezone: 'Asia/Seoul',
      category: CATS[i % CATS.length],
      actor: 'Bench',
      title: `Synthetic event ${i}`,
      summary: 'S',
      source_url: '',
    });
  }
  return JSON.stringify({ version: 1, events });
}

/** Init script: stores the user's events unless the page already has some. */
export function seedScaleEvents(text) {
  if (!localStorage.getItem('krw-lens:user-events')) localStorage.setItem('krw-lens:user-events', text);
}

/** Init script (before the probe): the line whose first paint the probe times, and a long-task log. */
export function watchLine(selector) {
  window.__benchWatch = selector;
}

const two = (x) => String(x).padStart(2, '0');
/** The URL text of an instant: a UTC minute. */
export const minuteText = (ms) => {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}T${two(d.getUTCHours())}:${two(d.getUTCMinutes())}Z`;
};

/**
 * `n` ranges inside [firstMs, lastMs] (the intraday series), widths log-uniform between `minMs`
 * and the whole series: under three days as UTC minutes (how the app links them), else as dates.
 */
export function intradayRanges(firstMs, lastMs, n, seed, minMs = 2 * 3_600_000) {
  const r = rng(seed);
  const span = lastMs - firstMs;
  const out = [];
  for (let i = 0; i < n; i++) {
    const w = Math.exp(Math.log(minMs) + r() * (Math.log(span) - Math.log(minMs)));
    const start = firstMs + r() * (span - w);
    if (w < 3 * DAY_MS) {
      const a = Math.floor(start / MINUTE_MS) * MINUTE_MS;
      out.push([minuteText(a), minuteText(a + Math.round(w / MINUTE_MS) * MINUTE_MS)]);
    } else {
      const a = Math.floor(start / DAY_MS);
      out.push([dayToIso(a), dayToIso(Math.max(a + 2, Math.floor((start + w) / DAY_MS)))]);
    }
  }
  return out;
}

/** Whole days [first, last] covering the series. */
export const spanDays = (firstMs, lastMs) => [dayToIso(Math.floor(firstMs / DAY_MS)), dayToIso(Math.floor(lastMs / DAY_MS))];
export { isoToDay };
