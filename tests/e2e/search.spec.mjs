// Search finds what people type (issue 14): homophone typos find the station, landmarks people use as addresses are
// in the gazetteer, and a place name no park mentions leaves the park list, the map and the chip counts whole.
import assert from 'node:assert/strict';
import { expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { TYPING_PAUSE_MS } from '../../src/features/search/typing-pause.ts';
import { test, waitForMapIdle, waitForRenderedIds, screenshot, listPage, waitForApp } from './fixtures.mjs';

const read = (p) => JSON.parse(readFileSync(new URL(`../../${p}`, import.meta.url), 'utf8'));
const PARK_IDS = read('data/parks.geojson').features.map((f) => f.properties.id);
const STATIONS = read('geo/transit-stations.geojson').features;
const stationAt = (id) => STATIONS.find((f) => f.properties.id === id).geometry.coordinates;
/** The `at=` value the app writes for a radius centred on these coordinates. */
const atParam = ([lng, lat]) => `${lng.toFixed(5)},${lat.toFixed(5)}`;

const box = (page, lang) => page.getByRole('combobox', { name: lang === 'zh' ? '搜索' : 'Search' });
const optionTexts = (page) => page.locator('[role="listbox"] [role="option"]').allInnerTexts();
/** The number on a filter chip, e.g. "温泉镇 3" → 3. */
const chipCount = async (page, name) =>
  Number(/(\d+)\s*$/.exec(await page.getByRole('button', { name }).first().innerText())[1]);

// What the search box offers and where a choice leads need no map: the list view (a browser without WebGL). The park
// list and the map kept whole are checked with the map, below.
for (const typed of ['西二其', '西儿旗']) {
  test(`the homophone typo ${typed} finds 西二旗 station; the readings load only once the box is used`, async ({
    newContext,
  }) => {
    const page = await listPage(newContext);
    const chunks = [];
    page.on('request', (r) => {
      if (/pinyin-chars/.test(r.url())) chunks.push(r.url());
    });
    await page.goto('/?lang=zh');
    await waitForApp(page);
    assert.deepEqual(chunks, [], 'the readings of characters are not part of the start-up');
    await box(page, 'zh').click();
    await box(page, 'zh').pressSequentially(typed);
    await page
      .getByRole('option', { name: /西二旗.*读音相近.*地铁站/ })
      .first()
      .waitFor();
    const first = (await optionTexts(page))[0];
    assert.match(first, /^西二旗\s+Xierqi/);
    assert.match(first, /读音相近/);
    assert.match(first, /地铁站/);
    assert.equal(chunks.length, 1, 'one lazy chunk of readings');
    await screenshot(page, `search-homophone-${typed}`);
    await box(page, 'zh').press('ArrowDown');
    await box(page, 'zh').press('Enter');
    assert.equal(await page.locator('.nearby h2').innerText(), '西二旗附近');
    await page.waitForFunction(
      (at) => new URLSearchParams(location.search).get('at') === at,
      atParam(stationAt('xierqi')),
    );
  });
}

test('中关村软件园 and other landmarks people use as addresses are places, with an honest note on their point', async ({
  newContext,
}) => {
  const page = await listPage(newContext);
  await page.goto('/?lang=zh');
  await waitForApp(page);
  await box(page, 'zh').click();
  await box(page, 'zh').pressSequentially('中关村软件园');
  const option = page
    .getByRole('listbox')
    .getByRole('option', { name: /中关村软件园/ })
    .first();
  await option.waitFor();
  const text = await option.innerText();
  assert.match(text, /Zhongguancun Software Park/);
  assert.match(text, /大致位置：取自上地软件园站/);
  assert.match(text, /地标/);
  await screenshot(page, 'search-landmark-zh');
  await option.click();
  assert.equal(await page.locator('.nearby h2').innerText(), '中关村软件园附近');
  await page.waitForFunction(
    (at) => new URLSearchParams(location.search).get('at') === at,
    atParam(stationAt('shangdiruanjianyuan')),
  );

  // In English too, by a short name.
  await page.goto('/?lang=en');
  await waitForApp(page);
  for (const [typed, name] of [
    ['人大', 'Renmin University of China'],
    ['北大', 'Peking University'],
    ['software park', 'Zhongguancun Software Park'],
  ]) {
    await box(page, 'en').fill('');
    await box(page, 'en').pressSequentially(typed);
    await page.getByRole('listbox').getByRole('option').first().waitFor();
    // The options are a deferred render: they may show the text of a moment ago before the typed one's.
    await expect.poll(async () => (await optionTexts(page))[0], { message: typed }).toMatch(new RegExp(`^${name}`));
  }
});

test('typing a place name no park mentions keeps the park list, map and chip counts whole, and says so', async ({
  page,
}) => {
  await page.goto('/?lang=zh');
  await waitForMapIdle(page);
  const wenquanBefore = await chipCount(page, /^温泉镇/);
  const aiBefore = await chipCount(page, /^人工智能/);
  assert.ok(wenquanBefore > 0 && aiBefore > 0);
  await box(page, 'zh').click();
  await box(page, 'zh').pressSequentially('中关村软件园');
  // Checked once the text has been applied, after the typing pause: a timer the page queues that long after the last
  // key runs after the box's own.
  await page.evaluate((ms) => new Promise((resolve) => setTimeout(resolve, ms)), TYPING_PAUSE_MS);
  // Today's behaviour to avoid: "0 / 18" with every chip at 0.
  await page.waitForFunction(() => document.querySelector('.count-shown')?.textContent === '18 / 18 个园区', null, {
    timeout: 5000,
  });
  await page.getByText('没有园区含“中关村软件园”，园区列表未按文字筛选').waitFor();
  assert.equal(await chipCount(page, /^温泉镇/), wenquanBefore);
  assert.equal(await chipCount(page, /^人工智能/), aiBefore);
  assert.equal(await page.locator('.park-list .empty').count(), 0, 'no "no park matches" advice');
  assert.equal(new URLSearchParams(new URL(page.url()).search).get('q'), null);
  await waitForRenderedIds(page, 'parks-circle', PARK_IDS);
  await screenshot(page, 'search-not-filtering-zh');

  // Text that parks do contain still filters the list and the map as it is typed, and the line says so.
  await box(page, 'zh').fill('');
  await box(page, 'zh').pressSequentially('量子');
  await page.getByText('园区列表按文字“量子”筛选').waitFor();
  assert.equal(await page.locator('.count-shown').innerText(), '1 / 18 个园区');
  await waitForRenderedIds(page, 'parks-circle', ['zgc-haidian-quantum-future-industry-park']);
  await page.waitForFunction(() => new URLSearchParams(location.search).get('q') === '量子');
  await box(page, 'zh').press('Escape');
  await screenshot(page, 'search-filtering-zh');
});

test('an old link whose q= no park matches opens with the whole list and the text in the box', async ({ page }) => {
  await page.goto(`/?lang=en&q=${encodeURIComponent('西二旗')}`);
  await waitForMapIdle(page);
  assert.equal(await box(page, 'en').inputValue(), '西二旗');
  assert.equal(await page.locator('.count-shown').innerText(), '18 of 18 parks');
  await page.getByText('No park mentions “西二旗”: the list is not filtered by it').waitFor();
  await waitForRenderedIds(page, 'parks-circle', PARK_IDS);
  await screenshot(page, 'search-old-link-en');
});
