// Door to door (issue 22) in Chromium: the park card's interval and routes in both languages; "≤ 45 min to 西二旗"
// lists exactly the parks whose upper bound is within it (the figures the CSV carries), the switch adds the possible
// ones, marked, list and map in step; the reach layer appears and changes after the plan; a destination a link
// names that does not exist is dropped with a notice.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseCsv } from '../csv.ts';
import { test, waitForMapIdle, renderedFeatures, screenshot, listItem, listPage } from './fixtures.mjs';

const QUANTUM = 'zgc-haidian-quantum-future-industry-park';
const listIds = (page) => page.$$eval('.park-item', (els) => els.map((e) => e.dataset.parkId).sort());
const mapIds = async (page) =>
  [...new Set((await renderedFeatures(page, ['parks-circle'])).map((f) => f.properties.id))].sort();

test.use({ viewport: { width: 1440, height: 900 } });

// The card and the link's notice need no map: they run in the list view (a browser without WebGL).
test('a card with to=xierqi gives the door-to-door interval now and after the plan, and the route of each end, in both languages', async ({
  newContext,
}) => {
  const page = await listPage(newContext);
  await page.goto(`/?lang=zh&to=xierqi&park=${QUANTUM}`);
  const block = page.locator('.commute-block');
  const line = block.locator('.commute-line');
  await line.waitFor({ timeout: 20_000 });
  assert.match(await line.innerText(), /^到西二旗 约 \d+–\d+ 分钟 · (规划后不变|规划后 约 \d+–\d+ 分钟)$/);
  const [, low, high] = /约 (\d+)–(\d+) 分钟/.exec(await line.innerText()).map(Number);
  assert.ok(low < high, `${low}–${high}`);
  const routes = await block.locator('.commute-routes').innerText();
  assert.match(routes, /最快情况\s+步行约 \d+ 米 → \S+站上车 → (\d+号线|昌平线).* → 到西二旗/);
  assert.match(routes, /最慢情况\s+步行约 [\d.]+ (米|公里) → \S+站上车 → .* → 到西二旗/);
  await block.getByText('怎么算的').click();
  const assumptions = await block.locator('.commute-assumptions li').allInnerTexts();
  assert.equal(assumptions.length, 8);
  assert.match(assumptions.join('\n'), /每小时 4\.8 公里/);
  assert.match(assumptions.join('\n'), /19 号线北延/);
  await screenshot(page, 'commute-card-zh');

  await page.getByRole('button', { name: /^English/ }).click();
  await block
    .locator('.commute-line')
    .filter({ hasText: /^to Xi’erqi about \d+–\d+ min · after the plan/ })
    .waitFor();
  assert.match(await block.locator('.commute-line').innerText(), new RegExp(`about ${low}–${high} min`));
  const en = await block.locator('.commute-routes').innerText();
  assert.match(en, /Quickest case\s+walk about \d+ m → board at [^→]+ → .* → to Xierqi/);
  assert.match(en, /Slowest case/);
  assert.match(new URL(page.url()).search, /to=xierqi/);
});

test('"≤ 45 min to 西二旗" lists exactly the parks whose upper bound is within it; the switch adds the possible ones, marked; the CSV carries the figures', async ({
  page,
}) => {
  await page.goto('/?lang=zh&to=xierqi');
  await page.locator('.commute-list-line').first().waitFor({ timeout: 20_000 });

  // Every park's interval, as the CSV states it (whole minutes, rounded outward).
  await page.getByRole('button', { name: '导出', exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /表格（CSV）/ }).click(),
  ]);
  const rows = parseCsv(readFileSync(await download.path(), 'utf8').replace('\uFEFF', ''));
  const keys = rows[0].map((h) => /\(([a-z0-9_]+)\)$/.exec(h)?.[1]);
  for (const k of [
    'to_xierqi_now_low_min',
    'to_xierqi_now_high_min',
    'to_xierqi_plan_low_min',
    'to_guomao_plan_high_min',
  ])
    assert.ok(keys.includes(k), `CSV column ${k}`);
  assert.equal(
    rows[0][keys.indexOf('to_xierqi_now_low_min')],
    '到西二旗 · 现状 · 下限（分钟） (to_xierqi_now_low_min)',
  );
  const col = (row, k) => row[keys.indexOf(k)];
  const parks = rows.slice(1).map((r) => ({
    id: col(r, 'id'),
    low: col(r, 'to_xierqi_now_low_min') === '' ? Infinity : Number(col(r, 'to_xierqi_now_low_min')),
    high: col(r, 'to_xierqi_now_high_min') === '' ? Infinity : Number(col(r, 'to_xierqi_now_high_min')),
  }));
  assert.equal(parks.length, 18);
  const certain = parks
    .filter((p) => p.high <= 45)
    .map((p) => p.id)
    .sort();
  const possible = parks
    .filter((p) => p.high > 45 && p.low <= 45)
    .map((p) => p.id)
    .sort();
  assert.ok(certain.length >= 1 && possible.length >= 1, `certain ${certain}, possible ${possible}`);
  // The card says the same figures as the CSV.
  const q = parks.find((p) => p.id === QUANTUM);
  await (await listItem(page, QUANTUM)).click();
  await page.locator('.commute-line').waitFor();
  assert.match(await page.locator('.commute-line').innerText(), new RegExp(`约 ${q.low}–${q.high} 分钟`));
  await page.keyboard.press('Escape');

  await page.getByLabel('通勤不超过（分钟）').fill('45');
  await page.getByText(`${certain.length} / 18 个园区`).waitFor();
  assert.deepEqual(await listIds(page), certain);
  await waitForMapIdle(page);
  await page.waitForFunction((n) => window.__drawnFeatures({ layers: ['parks-circle'] }).length >= n, certain.length);
  assert.deepEqual(await mapIds(page), certain);
  assert.match(new URL(page.url()).search, /cmin=45/);

  await page.getByLabel('含可能在时限内的园区').check();
  const all = [...certain, ...possible].sort();
  await page.getByText(`${all.length} / 18 个园区`).waitFor();
  assert.deepEqual(await listIds(page), all);
  const marked = await page.$$eval('.park-item', (els) =>
    els
      .filter((e) => e.querySelector('[data-commute-match="possible"]'))
      .map((e) => e.dataset.parkId)
      .sort(),
  );
  assert.deepEqual(marked, possible);
  assert.match(
    await page.locator('[data-commute-match="possible"] .maybe-tag').first().innerText(),
    /可能在 45 分钟内/,
  );
  await screenshot(page, 'commute-filter-zh');
});

test('the reach layer shades where 北沙滩 is within 45 minutes, and after the plan adds the area Line 19 north brings', async ({
  page,
}) => {
  await page.goto('/?lang=zh&to=beishatan&reach=45');
  await waitForMapIdle(page);
  const summary = page.locator('.commute-filter .reach-summary');
  await summary.locator('.reach-added').waitFor({ timeout: 30_000 });
  assert.match(await summary.innerText(), /一定可达约 [\d.]+ 平方公里，可能可达约 [\d.]+ 平方公里/);
  const added = await summary.locator('.reach-added').innerText();
  assert.match(added, /^规划实施后新增约 [\d.]+ 平方公里进入 45 分钟范围。$/);
  // The reach source's features in the tiles in view (a merged run of cells may appear in more than one tile).
  const cells = () =>
    page.evaluate(() => {
      const fs = window.__haidianMap.querySourceFeatures('reach');
      return { count: fs.length, added: fs.filter((f) => f.properties.added).length };
    });
  await page.waitForFunction(() => !!window.__haidianMap.getLayer('reach-fill'));
  const now = await cells();
  assert.ok(now.count > 10, `reach features now: ${now.count}`);
  assert.equal(now.added, 0);
  await screenshot(page, 'commute-reach-now');

  await page.getByRole('button', { name: '规划后' }).click();
  await page.waitForFunction(() => window.__haidianMap.querySourceFeatures('reach').some((f) => f.properties.added));
  const plan = await cells();
  assert.ok(plan.added > 0, `added cells: ${plan.added}`);
  await waitForMapIdle(page);
  const drawn = await renderedFeatures(page, ['reach-fill']);
  assert.ok(
    drawn.some((f) => f.properties.added),
    'the added area is drawn',
  );
  await page.locator('details.legend summary').click();
  assert.match(await page.locator('.legend').innerText(), /规划后新增（一定可达）/);
  await screenshot(page, 'commute-reach-plan');
});

test('a destination a link names that does not exist is dropped with a notice', async ({ newContext }) => {
  const page = await listPage(newContext);
  await page.goto('/?lang=en&to=nowhere-station');
  await page.locator('.notice', { hasText: 'The commute destination in the link was not recognised' }).waitFor({
    timeout: 20_000,
  });
  await page.waitForFunction(() => !new URLSearchParams(location.search).has('to'));
});
