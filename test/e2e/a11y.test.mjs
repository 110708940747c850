// Accessibility: axe-core (WCAG 2.0/2.1 A and AA rules and axe's best practices) on every view a user
// reaches — the main view (light, dark, an event selected), the reactions section, the tests panel, the
// embed, presenter mode and the Korean UI. Serious and critical findings fail; moderate and minor ones fail
// too unless listed in ALLOWED with the reason they stay. The counts per view go to the artifacts.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { ROOT, chartReady, newPage, useServerAndBrowser } from './harness.mjs';

const env = useServerAndBrowser();
const ARTIFACTS = join(ROOT, 'test/e2e/artifacts');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const EVENT = '2016-01-06-fourth-nuclear-test';

/** Findings below "serious" that stay, rule id → why. */
const ALLOWED = {};

const counts = {};

async function audit(page, view, include) {
  let builder = new AxeBuilder({ page }).withTags(TAGS);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  const by = { critical: 0, serious: 0, moderate: 0, minor: 0 };
  for (const v of violations) by[v.impact] += v.nodes.length;
  counts[view] = by;
  const failing = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical' || !(v.id in ALLOWED));
  const lines = failing.map((v) => `${v.impact} ${v.id} (${v.nodes.length}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  assert.deepEqual(lines, [], `${view}:\n${lines.join('\n')}`);
}

async function open(query, opts) {
  const page = await newPage(env.browser, opts);
  await page.goto(`${env.server.url}?source=snapshot&${query}`);
  await chartReady(page);
  return page;
}

async function studyDone(page) {
  await page.locator('section.study').scrollIntoViewIfNeeded();
  await page.locator('section.study[data-state="done"]').waitFor({ timeout: 30_000 });
}

describe('accessibility (axe)', () => {
  it('main view, light and dark, with an event selected; reactions and tests panels', async () => {
    const page = await open(`from=2016-01-01&to=2016-12-31`);
    await audit(page, 'main, light');
    await page.goto(`${env.server.url}?source=snapshot&from=2016-01-01&to=2016-12-31&theme=dark&event=${EVENT}`);
    await chartReady(page);
    await studyDone(page);
    // The whole page, with the reactions section and the finished tests panel in it (their own scans
    // would scan the same nodes again: ~15 s on 2 cores).
    assert.equal(await page.locator('section.reactions').count(), 1);
    assert.equal(await page.locator('section.study[data-state="done"]').count(), 1);
    await audit(page, 'main, dark, event selected, with the reactions and the tests panel');
    await page.context().close();
  });

  it('Korean UI, with the tests panel done', async () => {
    const page = await open(`lang=ko&from=2016-01-01&to=2017-12-31&event=${EVENT}`);
    await studyDone(page);
    await audit(page, 'Korean');
    await page.context().close();
  });

  it('embed, 420×300', async () => {
    const page = await open(`embed=1&event=${EVENT}&from=2015-10-01&to=2016-04-30`, { viewport: { width: 420, height: 300 } });
    await audit(page, 'embed');
    await page.context().close();
  });

  it('presenter mode, light and dark, 1920×1080', async () => {
    const page = await open(`present=1&event=${EVENT}`, { viewport: { width: 1920, height: 1080 } });
    await page.locator('.presenter').first().waitFor();
    await audit(page, 'presenter, light');
    await page.goto(`${env.server.url}?source=snapshot&present=1&theme=dark&event=${EVENT}`);
    await chartReady(page);
    await page.locator('.presenter').first().waitFor();
    await audit(page, 'presenter, dark');
    await page.context().close();
  });

  it('writes the counts per view', () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(join(ARTIFACTS, 'axe-counts.json'), `${JSON.stringify(counts, null, 2)}\n`);
    assert.ok(Object.keys(counts).length >= 6, Object.keys(counts).join(', '));
  });
});
