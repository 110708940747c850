// Shared by own-series.test.mjs and series-reactions.test.mjs: the SYNTHETIC series files they import
// and the steps of the Import series control. Every market figure here is made up by the tests
// (a smooth made-up path): none is a real quote of any market.

/** A made-up figure for step i (hundredths, written as the shortest decimal: "1331.25", "1330.4"). */
const synthetic = (base, i) => String((base * 100 + Math.round(300 * Math.sin(i / 7)) + (i % 5) * 3) / 100);

/** The timeline's own chart (the volatility pane below draws the lines again, thinner). */
export const CHART = '[data-testid="timeline-chart"]';

/** SYNTHETIC daily file: 31 weekdays from 2024-02-01 (`date,value`) and one bad line (value "n/a", file line 12). */
export const DAILY = (() => {
  const rows = [];
  for (let d = Date.UTC(2024, 1, 1); rows.length < 31; d += 86_400_000) {
    const wd = new Date(d).getUTCDay();
    if (wd !== 0 && wd !== 6) rows.push([new Date(d).toISOString().slice(0, 10), synthetic(1330, rows.length)]);
  }
  const lines = ['date,value', ...rows.map((r) => r.join(','))];
  lines.splice(11, 0, '2024-02-15,n/a'); // the header is line 1: this is line 12
  return { fileName: 'synthetic-ndf.csv', name: 'Synthetic NDF 1M', id: 'csv:synthetic-ndf-1m', text: `${lines.join('\n')}\n`, rows, badLine: 12 };
})();

/** SYNTHETIC intraday file: one Seoul session of 1-minute bars, 2024-03-05 09:00 to 15:30 +09:00 (391 bars). */
export const INTRADAY = (() => {
  const day = '2024-03-05';
  const rows = [];
  for (let m = 9 * 60; m <= 15 * 60 + 30; m++) {
    const hh = String(Math.floor(m / 60)).padStart(2, '0');
    const mm = String(m % 60).padStart(2, '0');
    rows.push([`${day}T${hh}:${mm}:00+09:00`, synthetic(1333, m)]);
  }
  const text = `timestamp,value\n${rows.map((r) => r.join(',')).join('\n')}\n`;
  /** The input figure of the bar at a Seoul wall-clock time ("10:30"). */
  const at = (hhmm) => rows.find(([ts]) => ts === `${day}T${hhmm}:00+09:00`)[1];
  return { fileName: 'synthetic-usdkrw-1m.csv', name: 'Synthetic USDKRW 1m', id: 'csv:synthetic-usdkrw-1m', day, text, rows, at };
})();

/** Picks `file` with the toolbar's Import series button; returns its preview dialog. */
export async function openSeriesImport(page, file) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import series', exact: true }).click()]);
  await chooser.setFiles({ name: file.fileName, mimeType: 'text/csv', buffer: Buffer.from(file.text) });
  const preview = page.getByRole('dialog', { name: `Import series from ${file.fileName}` });
  await preview.waitFor();
  return preview;
}

/** Names the series in the preview and confirms; waits for the preview to close. */
export async function confirmSeriesImport(preview, name, unit = 'KRW per USD') {
  await preview.getByLabel('Name', { exact: true }).fill(name);
  await preview.getByLabel('Unit', { exact: true }).fill(unit);
  await preview.getByRole('button', { name: 'Confirm', exact: true }).click();
  await preview.waitFor({ state: 'detached' });
}

/** Waits until the timeline's line `key` (data-line) is drawn through at least `min` points; returns how many. */
export async function drawnPoints(page, key, min = 2) {
  const handle = await page.waitForFunction(
    ([chart, k, n]) => {
      const d = document.querySelector(`${chart} path.rate-line[data-line="${CSS.escape(k)}"]`)?.getAttribute('d') ?? '';
      const points = (d.match(/[ML]/g) ?? []).length;
      return points >= n ? points : null;
    },
    [CHART, key, min],
    { timeout: 10_000 },
  );
  return handle.jsonValue();
}

