// The first view without waiting for JavaScript (issue 24): index.html as served carries the header, the filters and
// the 18 parks in plan order with their figures; the app hydrates it with no mismatch (a mismatch is reported as an
// uncaught error, which the fixture fails on). A link that asks for another view (a filter, another language, a
// browser in English) never shows the prerendered list: it stays hidden until the app has rendered the link's own.
// "First paint" here is the page with the app's entry script held back: what the browser can show from HTML and CSS.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { expect } from '@playwright/test';
import { test, screenshot, decodePng, pixel } from './fixtures.mjs';

const PARKS = JSON.parse(readFileSync(new URL('../../data/parks.geojson', import.meta.url), 'utf8'))
  .features.map((f) => f.properties)
  .sort((a, b) => a.seq - b.seq);
const zhArea = (m2) => `${(m2 / 1e4).toLocaleString('zh-CN', { maximumFractionDigits: 2 })}万㎡`;

/**
 * Opens `url` with the app's entry script held back; returns `release`, which lets it run. The page is at its first
 * paint when this returns: the HTML is parsed and its styles applied.
 */
async function openHeld(page, url) {
  let release;
  const released = new Promise((r) => (release = r));
  await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => document.getElementById('first-view') && document.styleSheets.length >= 1);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return release;
}

test('index.html as served carries the first view: the 18 parks in plan order with their figures, no inline script', async ({
  request,
}) => {
  const res = await request.get('./');
  const html = await res.text();
  // React separates adjacent text with empty comments; the text a user reads is without them.
  const root = html
    .slice(html.indexOf('<div id="root">'), html.indexOf('<script type="application/json"'))
    .replaceAll('<!-- -->', '');
  // The parks' names in plan order, each with its town and total floor area (the plan's own figures).
  let at = 0;
  for (const p of PARKS) {
    const i = root.indexOf(`>${p.name.zh}<`, at);
    assert.ok(i > at, `park ${p.seq} ${p.name.zh} in plan order in the prerendered list`);
    const row = root.slice(i, root.indexOf('</li>', i));
    // The plan gives no above-ground area for some parks: then none is shown.
    const above = p.aboveGroundAreaM2 ? ` (地上 ${zhArea(p.aboveGroundAreaM2)})` : '';
    const meta = `${p.town.zh} · ${zhArea(p.floorAreaM2)}${above}<`;
    assert.ok(row.includes(meta), `${p.name.zh}: "${meta}" in "${row.slice(0, 400)}"`);
    at = i;
  }
  assert.match(root, /18 \/ 18 个园区/);
  for (const words of ['海淀选址地图', '筛选', '人工智能', '规划后', 'English']) assert.ok(root.includes(words), words);
  // Every script is either from the page's origin (src) or a JSON data block: the CSP's "no inline script" holds.
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  for (const [, attrs, body] of scripts)
    assert.ok(/\bsrc=/.test(attrs) ? body === '' : /type="application\/json"/.test(attrs), `script ${attrs}`);
  assert.match(html, /<meta http-equiv="Content-Security-Policy" content="[^"]*script-src &#39;self&#39;;/);
});

test.describe('in a Chinese browser', () => {
  test.use({ locale: 'zh-CN' });

  test('the default link paints the list before any script runs, then hydrates it with no mismatch', async ({
    page,
  }) => {
    const release = await openHeld(page, './');
    // First paint: the prerendered view is on screen.
    await expect(page.locator('#root')).toBeVisible();
    // The English view left the DOM once the page was parsed: one list, before any of the app's code runs.
    await expect(page.locator('#root-en')).toHaveCount(0);
    await expect(page.locator('#root .park-item')).toHaveCount(18);
    await expect(page.locator('#root .park-item').first()).toContainText(PARKS[0].name.zh);
    await expect(page.locator('#root .sidebar')).toContainText('18 / 18');
    await expect(page.locator('#root .map-placeholder')).toHaveText('地图加载中…');
    // Laid out in flow, as the app lays them out: no row over another.
    const boxes = await page
      .locator('.park-item')
      .evaluateAll((els) => els.slice(0, 4).map((el) => el.getBoundingClientRect().toJSON()));
    for (let i = 1; i < boxes.length; i++)
      assert.ok(boxes[i].top >= boxes[i - 1].bottom, `row ${i + 1} below row ${i}`);
    await screenshot(page, 'first-paint-default-zh');
    assert.equal(await page.evaluate(() => document.documentElement.dataset.start ?? null), null, 'no script ran yet');

    release();
    await page.waitForFunction(() => document.documentElement.dataset.start !== undefined);
    assert.equal(await page.evaluate(() => document.documentElement.dataset.start), 'hydrated-zh');
    // Hydrated, not only painted: a chip filters the list.
    await page.getByRole('button', { name: /^人工智能/ }).click();
    await expect(page.locator('.park-item')).toHaveCount(9);
    await expect(page.locator('.sidebar')).toContainText('9 / 18');
  });

  for (const [name, url, check] of [
    ['a filter', './?ind=ai', async (page) => expect(page.locator('.sidebar')).toContainText('9 / 18')],
    [
      'a park',
      './?park=' + PARKS[2].id,
      async (page) => expect(page.locator('#park-card-title')).toContainText(PARKS[2].name.zh),
    ],
  ])
    test(`a link with ${name} never shows the prerendered list: hidden at first paint, then the link's own view`, async ({
      page,
    }) => {
      const release = await openHeld(page, url);
      await expect(page.locator('html')).toHaveClass(/first-view-stale/);
      await expect(page.locator('#root')).toBeHidden();
      const png = await decodePng(page, await page.screenshot());
      await screenshot(page, `first-paint-${name.replace(/\W+/g, '-')}`);
      // The sidebar's place is the page's plain background: no list, no header drawn.
      const bg = pixel(png, 5, 5);
      for (const [x, y] of [
        [60, 30],
        [100, 390],
        [200, 600],
      ])
        assert.deepEqual(pixel(png, x, y), bg, `blank at ${x},${y}`);

      release();
      await page.waitForFunction(() => document.documentElement.dataset.start !== undefined);
      assert.equal(await page.evaluate(() => document.documentElement.dataset.start), 'rendered');
      await expect(page.locator('#root')).toBeVisible();
      await expect(page.locator('html')).not.toHaveClass(/first-view-stale/);
      await check(page);
    });
});

/** At first paint (entry held), the English view is the one on screen: its header, the 18 parks, in English. */
async function expectEnglishFirstPaint(page, name) {
  await expect(page.locator('#root')).toHaveCount(0);
  await expect(page.locator('#root-en')).toBeVisible();
  await expect(page.locator('#root-en .sidebar')).toContainText('18 of 18');
  await expect(page.locator('#root-en .park-item')).toHaveCount(18);
  await expect(page.locator('#root-en .park-item').first()).toContainText(PARKS[0].name.en);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await screenshot(page, name);
}

test('lang=en in a Chinese browser paints the English view at once, then hydrates it', async ({ newContext }) => {
  const page = await (await newContext({ locale: 'zh-CN' })).newPage();
  const release = await openHeld(page, './?lang=en');
  await expectEnglishFirstPaint(page, 'first-paint-lang-en');
  release();
  await page.waitForFunction(() => document.documentElement.dataset.start !== undefined);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.start), 'hydrated-en');
  // One root, the English one, hydrated: a chip filters it.
  await expect(page.locator('#root-en')).toHaveCount(0);
  await page.getByRole('button', { name: /^AI/ }).click();
  await expect(page.locator('.sidebar')).toContainText('9 of 18');
});

test.describe('in an English browser', () => {
  test.use({ locale: 'en-US' });

  test('the default link paints the English view at once, then hydrates it', async ({ page }) => {
    const release = await openHeld(page, './');
    await expectEnglishFirstPaint(page, 'first-paint-default-en');
    release();
    await page.waitForFunction(() => document.documentElement.dataset.start !== undefined);
    assert.equal(await page.evaluate(() => document.documentElement.dataset.start), 'hydrated-en');
    await expect(page.locator('.park-item').first()).toContainText(PARKS[0].name.en);
  });

  test('a link with a filter hides both views until rendered', async ({ page }) => {
    const release = await openHeld(page, './?ind=ai');
    await expect(page.locator('#root')).toBeHidden();
    await expect(page.locator('#root-en')).toBeHidden();
    release();
    await expect(page.locator('#root .sidebar')).toContainText('9 of 18');
    await expect(page.locator('#root-en')).toHaveCount(0);
    assert.equal(await page.evaluate(() => document.documentElement.dataset.start), 'rendered');
  });
});

test.describe('on a phone', () => {
  test.use({
    locale: 'zh-CN',
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
  });

  test('the default link paints the header, the sheet and the map placeholder at once, then hydrates', async ({
    page,
  }) => {
    const release = await openHeld(page, './');
    await expect(page.locator('#root .app-header h1')).toContainText('海淀选址地图');
    await expect(page.locator('#root .sheet')).toBeVisible();
    await expect(page.locator('#root .sheet')).toContainText('18 / 18');
    await expect(page.locator('#root .map-placeholder')).toBeVisible();
    await screenshot(page, 'first-paint-phone-zh');
    release();
    await page.waitForFunction(() => document.documentElement.dataset.start !== undefined);
    assert.equal(await page.evaluate(() => document.documentElement.dataset.start), 'hydrated-zh');
    await expect(page.locator('.sheet')).toContainText('18 / 18');
  });
});
