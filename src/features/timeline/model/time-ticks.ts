import { DAY_MS, type EpochDay } from '../../../lib/units';

export interface Tick {
  day: number;
  label: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const YEAR_STEPS = [1, 2, 5, 10];
const MONTH_STEPS = [1, 2, 3, 6];
const DAY_STEPS = [1, 2, 7, 14];

function ymd(day: number): [number, number, number] {
  const d = new Date(day * DAY_MS);
  return [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()];
}
const dayOf = (y: number, m: number, d = 1) => Date.UTC(y, m, d) / DAY_MS;

/** Calendar-aligned ticks (years, months or days) for a range and an available width. */
export function timeTicks(from: EpochDay, to: EpochDay, widthPx: number, minGapPx = 80): Tick[] {
  const span = Math.max(1, to - from);
  const maxTicks = Math.max(2, Math.floor(widthPx / minGapPx));
  const [y0, m0] = ymd(from);
  const [y1] = ymd(to);
  const ticks: Tick[] = [];
  const years = span / 365.25;
  const yStep = YEAR_STEPS.find((s) => years / s <= maxTicks);
  if (years >= 2 && yStep) {
    for (let y = Math.ceil(y0 / yStep) * yStep; y <= y1; y += yStep) {
      const d = dayOf(y, 0);
      if (d >= from && d <= to) ticks.push({ day: d, label: String(y) });
    }
    return ticks;
  }
  const months = span / 30.44;
  const mStep = MONTH_STEPS.find((s) => months / s <= maxTicks);
  if (months >= 2 && mStep) {
    for (let k = y0 * 12 + m0; ; k++) {
      const y = Math.floor(k / 12);
      const m = k % 12;
      const d = dayOf(y, m);
      if (d > to) break;
      if (m % mStep === 0 && d >= from) ticks.push({ day: d, label: m === 0 ? String(y) : `${MONTHS[m]} ${y}` });
    }
    return ticks;
  }
  const dStep = DAY_STEPS.find((s) => span / s <= maxTicks) ?? 28;
  for (let d: number = from; d <= to; d += dStep) {
    const [y, m, dd] = ymd(d);
    ticks.push({ day: d, label: `${dd} ${MONTHS[m]}${dd <= dStep || ticks.length === 0 ? ` ${y}` : ''}` });
  }
  return ticks;
}
