// The first paint measured two ways against two baselines (issue 16, item 1): the figures, the
// ratios and the printed table. Signals: `mark` = today's figure (the page's own
// performance.mark('krw:chart-painted') → the task after that frame's paint, probe.mjs); `dom` = the
// DOM observer's (dom-probe.mjs: the first frame that shows the lines and ≥ 60 event ids → the task
// after its paint). Targets: the app, "uPlot, snapshot" (uplot-page.mjs), "uPlot, JSON" (uplot-json-page.mjs).
import { median, quantile } from './bench-lib.mjs';
import { fmt, table } from './report.mjs';

export const SIGNALS = { mark: 'ttcMs', dom: 'domMs' };
export const BASELINES = { uplot: 'uPlot, snapshot', json: 'uPlot, JSON' };

const stats = (xs) => {
  const v = xs.filter((x) => typeof x === 'number' && Number.isFinite(x));
  return v.length ? { n: v.length, min: Math.min(...v), median: median(v), max: Math.max(...v), p25: quantile(v, 0.25), p75: quantile(v, 0.75) } : { n: 0, min: null, median: null, max: null, p25: null, p75: null };
};

/**
 * rounds: { app: r[], uplot: r[], json: r[] } (the same round index = the same round, interleaved).
 * Per signal and target: min / median / max over the rounds. Per signal and baseline: the ratio of
 * the medians (app ÷ baseline, the headline), and the per-round ratios (app ÷ baseline of the same
 * round) as min / median / max with how many rounds the app was slower.
 */
export function paintComparison(rounds) {
  const out = {};
  for (const [sig, key] of Object.entries(SIGNALS)) {
    const of = (k) => (rounds[k] ?? []).map((r) => (r.ok ? r[key] : null));
    const s = { app: stats(of('app')), ratios: {} };
    for (const b of Object.keys(BASELINES)) {
      s[b] = stats(of(b));
      const a = of('app');
      const per = of(b).map((y, i) => (a[i] != null && y ? a[i] / y : null)).filter((x) => x !== null);
      s.ratios[b] = {
        ofMedians: s.app.median != null && s[b].median ? s.app.median / s[b].median : null,
        perRound: stats(per),
        appSlowerIn: per.filter((x) => x > 1).length,
      };
    }
    out[sig] = s;
  }
  return out;
}

export function printPaint(p, rounds) {
  const mm = (s) => (s.n ? `${fmt(s.min)} / ${fmt(s.median)} / ${fmt(s.max)}` : 'n/a');
  const rr = (x) => (x.perRound.n ? `${fmt(x.perRound.min, 2)} / ${fmt(x.perRound.median, 2)} / ${fmt(x.perRound.max, 2)} (slower ${x.appSlowerIn}/${x.perRound.n})` : 'n/a');
  const rows = [['first paint, min / median / max (ms)', 'app', BASELINES.uplot, BASELINES.json, `app ÷ ${BASELINES.uplot}`, `app ÷ ${BASELINES.json}`]];
  const label = { mark: "the page's mark (today's figure)", dom: 'DOM: lines + ≥ 60 event ids' };
  for (const [sig, s] of Object.entries(p)) {
    rows.push([label[sig], mm(s.app), mm(s.uplot), mm(s.json), fmt(s.ratios.uplot.ofMedians, 2), fmt(s.ratios.json.ofMedians, 2)]);
    rows.push(['  per-round ratio min / median / max', '', '', '', rr(s.ratios.uplot), rr(s.ratios.json)]);
  }
  console.log('');
  console.log(`First paint, two signals × two baselines (${rounds} interleaved rounds; ratio = app median ÷ baseline median)`);
  console.log(table(rows));
}
