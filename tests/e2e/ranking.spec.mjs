// The ranking (issue 23) in Chromium: the link opens it in both languages with the worked example first (its
// rank range, score and tier, the README's figures) and its ranks on the map; moving a weight reorders it and the
// link follows; a broken scenario file is refused with the reason and the saved scenario stays; the CSV, the printed
// shortlist and the presentation follow the ranking and carry its figures.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseCsv } from '../csv.ts';
import { test, waitForMapIdle, renderedFeatures, screenshot, listPage } from './fixtures.mjs';

const LINK = '/?view=rank&w=transit:3,size:2,industry:2&target=100000&ind=ai';
const SIJI = 'zgc-siji-innovation-center';
const rows = (page) => page.locator('.rank-list > li');
const order = (page) => rows(page).evaluateAll((els) => els.map((e) => e.dataset.park));

test.use({ viewport: { width: 1440, height: 900 } });

test("the issue's link opens the ranking in both languages, its figures as the README works them out, and its ranks on the map", async ({
  page,
}) => {
  await page.goto(`${LINK}&lang=zh&rmap=1`);
  await rows(page).first().waitFor();
  assert.equal(await rows(page).count(), 9);
  const first = rows(page).first();
  assert.equal(await first.getAttribute('data-park'), SIJI);
  assert.equal(await first.locator('.rank-range').innerText(), '第 1–4');
  assert.equal(await first.locator('.rank-score').innerText(), '79–90 分 · 高');
  assert.match(
    await page.locator('.rank-robust').innerText(),
    /^中关村科学城四季科创中心排第一，除非距车站的权重变动超过 ±2\.16/,
  );
  await waitForMapIdle(page);
  const labels = (await renderedFeatures(page, ['rank-label'])).map((f) => f.properties.label);
  assert.ok(labels.includes('#1–#4 · 高'), `map labels: ${labels.join(' | ')}`);
  await screenshot(page, 'ranking-zh');

  await page.getByRole('button', { name: /^English/ }).click();
  await page.getByRole('heading', { name: 'Ranking', exact: true }).waitFor();
  assert.equal(await first.locator('.rank-range').innerText(), '#1–#4');
  assert.equal(await first.locator('.rank-score').innerText(), '79–90 · high');
  assert.equal(
    await first.locator('.rank-name').innerText(),
    'Zhongguancun Science City Siji Sci-Tech Innovation Center',
  );
  assert.match(
    await page.locator('.rank-robust').innerText(),
    /stays first unless the weight of Distance to metro moves by more than ±2\.16/,
  );
  await page.waitForFunction(() =>
    window.__haidianMap
      .queryRenderedFeatures({ layers: ['rank-label'] })
      .some((f) => /high|medium|low/.test(f.properties.label)),
  );
  await waitForMapIdle(page);
  const labelsEn = (await renderedFeatures(page, ['rank-label'])).map((f) => f.properties.label);
  assert.ok(labelsEn.includes('#1–#4 · high'), `map labels: ${labelsEn.join(' | ')}`);
  assert.match(new URL(page.url()).search, /view=rank&w=transit:3,size:2,industry:2&target=100000/);
});

// The ranking's list, its scenarios, the CSV, the printed shortlist and the presentation need no map: they run in the
// list view (a browser without WebGL); the ranks on the map are checked above.
test('moving a weight reorders the ranking, and the link follows', async ({ newContext }) => {
  const page = await listPage(newContext);
  await page.goto(`${LINK}&lang=zh`);
  await rows(page).first().waitFor();
  const before = await order(page);
  assert.equal(before[0], SIJI);
  const slider = page.getByRole('slider', { name: '距车站的权重' });
  await slider.focus();
  await page.keyboard.press('Home');
  await page.waitForFunction((siji) => document.querySelector('.rank-list > li')?.dataset.park !== siji, SIJI);
  const after = await order(page);
  assert.notDeepEqual(after, before);
  assert.deepEqual([...after].sort(), [...before].sort(), 'the same nine parks');
  assert.match(new URL(page.url()).search, /w=transit:0,size:2,industry:2/);
  // Turning the weight back restores the order.
  await page.keyboard.press('End');
  await page.waitForFunction(() => /w=transit:5/.test(location.search));
  await slider.fill('3');
  await page.waitForFunction((siji) => document.querySelector('.rank-list > li')?.dataset.park === siji, SIJI);
  assert.deepEqual(await order(page), before);
});

test('a broken scenario file is refused with the reason, and the saved scenario and the ranking stay', async ({
  newContext,
}) => {
  const page = await listPage(newContext);
  await page.goto(`${LINK}&lang=zh`);
  await rows(page).first().waitFor();
  await page.getByText('方案', { exact: true }).click();
  await page.getByLabel('方案名称').fill('AI 十万平米');
  await page.getByRole('button', { name: '保存当前方案' }).click();
  await page.getByText('已保存方案“AI 十万平米”。').waitFor();
  const before = await order(page);
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: '导入方案（JSON）' }).click(),
  ]);
  await chooser.setFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        format: 'haidian-site-finder/rank-scenarios',
        version: 1,
        scenarios: [{ name: '坏的', settings: 'w=transit:99' }],
      }),
    ),
  });
  assert.equal(
    await page.getByRole('alert').innerText(),
    '文件无法导入：第 1 个方案“坏的”的设置无法读取（w=transit:99）。现有方案未改动。',
  );
  assert.deepEqual(await page.getByLabel('载入方案').locator('option').allInnerTexts(), [
    '选择已保存的方案…',
    'AI 十万平米',
  ]);
  assert.deepEqual(await order(page), before);
  const stored = await page.evaluate(() => localStorage.getItem('haidian-rank-scenarios-v1'));
  assert.match(stored, /AI 十万平米/);
  assert.doesNotMatch(stored, /坏的/);
});

test('the CSV, the printed shortlist and the presentation follow the ranking and carry its figures', async ({
  newContext,
}) => {
  const page = await listPage(newContext);
  await page.addInitScript(() => {
    window.print = () => {};
  });
  await page.goto(`${LINK}&lang=zh`);
  await rows(page).first().waitFor();
  const ranked = await order(page);

  await page.getByRole('button', { name: '导出', exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /表格（CSV）/ }).click(),
  ]);
  const csv = parseCsv(readFileSync(await download.path(), 'utf8').replace('\uFEFF', ''));
  const keys = csv[0].map((h) => /\(([a-z0-9_]+)\)$/.exec(h)?.[1]);
  for (const k of ['rank_best', 'rank_worst', 'score_low', 'score_high', 'transit_points_low', 'industry_points_high'])
    assert.ok(keys.includes(k), `CSV column ${k}`);
  const col = (row, k) => row[keys.indexOf(k)];
  assert.deepEqual(
    csv.slice(1).map((r) => col(r, 'id')),
    ranked,
    'rows in rank order',
  );
  const siji = csv.slice(1).find((r) => col(r, 'id') === SIJI);
  assert.deepEqual(
    ['rank_best', 'rank_worst', 'score_low', 'score_high', 'size_points_low', 'commute_points_low'].map((k) =>
      col(siji, k),
    ),
    ['1', '4', '79.83', '89.91', '18.48', ''],
  );

  await page.getByRole('button', { name: '打印' }).click();
  await page.getByRole('button', { name: /打印清单/ }).click();
  await page.waitForSelector('.print-sheets[data-ready="true"]', { state: 'attached' });
  const sheet = page.locator('.shortlist-sheet');
  assert.match(await sheet.locator('.sheet-head').innerText(), /排名的园区（9 个）/);
  const heads = await sheet.locator('thead th').allInnerTexts();
  for (const h of ['名次', '得分', '各项贡献']) assert.ok(heads.includes(h), `sheet column ${h}: ${heads}`);
  assert.deepEqual(await sheet.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.dataset.parkId)), ranked);
  const firstRow = await sheet.locator('tbody tr').first().innerText();
  assert.match(firstRow, /第 1–4/);
  assert.match(firstRow, /79–90 分 · 高/);
  assert.match(firstRow, /距车站 32\.7–42\.9 分；面积 18\.4–18\.5 分；产业匹配 28\.5–28\.6 分/);

  await page.getByRole('button', { name: '演示' }).click();
  const card = page.locator('.present-card');
  await card.waitFor();
  assert.match(await card.innerText(), /按排名/);
  assert.equal(await card.locator('h2').innerText(), '中关村科学城四季科创中心');
  assert.equal(await card.locator('.present-rank').innerText(), '第 1–4 · 79–90 分 · 高');
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction((id) => new URL(location.href).searchParams.get('park') === id, ranked[1]);
});
