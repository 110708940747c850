import { DAY_MS, type EpochDay } from '../../../lib/units';

export interface Tick {
  day: number;
  label: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const YEAR_STEPS = [1, 2, 5, 10, 20];
const MONTH_STEPS = [1, 2, 3, 6];
const DAY_STEPS = [1, 2, 7, 14];

function ymd(day: number): [number, number, number] {
  const d = new Date(day * DAY_MS);
  return [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()];
}
const dayOf = (y: number, m: number, d = 1) => Date.UTC(y, m, d) / DAY_MS;

/** Calendar-aligned ticks (days, months or years: the finest step that fits the width). */
export function timeTicks(from: EpochDay, to: EpochDay, widthPx: number, minGapPx = 80): Tick[] {
  const span = Math.max(1, to - from);
  const maxTicks = Math.max(2, Math.floor(widthPx / minGapPx));
  const [y0, m0] = ymd(from);
  const [y1] = ymd(to);
  const ticks: Tick[] = [];
  const dStep = span <= 62 ? DAY_STEPS.find((s) => span / s <= maxTicks) : undefined;
  if (dStep) {
    for (let d: number = from; d <= to; d += dStep) {
      const [y, m, dd] = ymd(d);
      ticks.push({ day: d, label: `${dd} ${MONTHS[m]}${ticks.length === 0 || dd <= dStep ? ` ${y}` : ''}` });
    }
    return ticks;
  }
  const mStep = MONTH_STEPS.find((s) => span / 30.44 / s <= maxTicks);
  if (mStep) {
    for (let k = y0 * 12 + m0; ; k++) {
      const y = Math.floor(k / 12);
      const m = k % 12;
      const d = dayOf(y, m);
      if (d > to) break;
      if (m % mStep === 0 && d >= from) ticks.push({ day: d, label: m === 0 ? String(y) : `${MONTHS[m]} ${y}` });
    }
    return ticks;
  }
  const yStep = YEAR_STEPS.find((s) => span / 365.25 / s <= maxTicks) ?? 50;
  for (let y = Math.ceil(y0 / yStep) * yStep; y <= y1; y += yStep) {
    const d = dayOf(y, 0);
    if (d >= from && d <= to) ticks.push({ day: d, label: String(y) });
  }
  return ticks;
}
