// The second uPlot baseline page for `npm run bench` ("uPlot, JSON"): uPlot fed from a plain JSON
// file of the four series, `data/series.json` = { dates: ["YYYY-MM-DD", …], series: { USDKRW:
// [value | null, …], … } } (aligned arrays, null = no observation), which baselines.mjs derives at
// bench time from the same snapshot the app loads. No decoding beyond turning the dates into
// seconds: the cheapest start a chart library can have with this data. Events, chart and paint
// signals as the snapshot page (uplot-chart.mjs).
import EVENTS from 'bench:events';
import { DAY_S, PAIRS, drawChart, run } from './uplot-chart.mjs';

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil): no Date object per row.
function epochDay(y, m, d) {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

run(async () => {
  const res = await fetch('./data/series.json');
  if (!res.ok) throw new Error(`series: HTTP ${res.status}`);
  const file = await res.json();
  const x = file.dates.map((s) => epochDay(+s.slice(0, 4), +s.slice(5, 7), +s.slice(8, 10)) * DAY_S);
  drawChart([x, ...PAIRS.map((p) => file.series[p.id])], EVENTS);
});
