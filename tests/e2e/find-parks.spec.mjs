// Finding parks: two filters narrow the list and the map alike; the link restores the view elsewhere; a click on a
// park's circle opens its card.
import assert from 'node:assert/strict';
import { test, waitForMapIdle, waitForRenderedIds, renderedFeatures, screenshot, listPage } from './fixtures.mjs';

const listIds = (page) => page.$$eval('.park-item', (els) => els.map((e) => e.dataset.parkId).sort());
const mapIds = async (page) =>
  [...new Set((await renderedFeatures(page, ['parks-circle'])).map((f) => f.properties.id))].sort();

/** Clicks the map at a park's position. */
async function clickPark(page, id) {
  const xy = await page.evaluate((parkId) => {
    const map = window.__haidianMap;
    const f = map.querySourceFeatures('parks').find((x) => x.properties.id === parkId);
    const p = map.project(f.geometry.coordinates);
    const r = map.getCanvas().getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  }, id);
  await page.mouse.click(xy.x, xy.y);
}

test('two filters narrow list and map; the shared link restores the same view; clicking a park opens its card', async ({
  page,
  newContext,
}) => {
  await page.goto(`/?lang=en`);
  await waitForMapIdle(page);
  assert.equal((await mapIds(page)).length, 18);
  await page
    .getByRole('button', { name: /^AI & computing|^AI\b/ })
    .first()
    .click();
  await page.getByRole('button', { name: /^Xibeiwang Town/ }).click();
  await page.getByText('2 of 18 parks').waitFor();
  const expected = ['zgc-xibeiwang-science-park-phase-1', 'zgc-yongfeng-xinyu-phase-1'];
  assert.deepEqual(await listIds(page), expected);
  await waitForRenderedIds(page, 'parks-circle', expected);
  assert.deepEqual(await mapIds(page), expected);
  assert.match(page.url(), /ind=ai&town=xibeiwang-town/);
  await screenshot(page, 'filtered-en');

  await clickPark(page, 'zgc-yongfeng-xinyu-phase-1');
  const card = page.getByRole('article');
  await card.waitFor();
  assert.match(await card.getByRole('heading', { level: 2 }).innerText(), /Yongfeng/);
  assert.match(await card.innerText(), /154,900 m²/);
  await page.waitForFunction(() => location.search.includes('park=zgc-yongfeng-xinyu-phase-1'));
  await waitForMapIdle(page);
  await screenshot(page, 'card-en');
  const shared = page.url();
  await page.goto('about:blank');

  // Another visitor opens the link.
  const other = await (await newContext()).newPage();
  await other.goto(shared);
  await waitForMapIdle(other);
  const card2 = other.getByRole('article');
  await card2.waitFor();
  assert.match(await card2.getByRole('heading', { level: 2 }).innerText(), /Yongfeng/);
  await waitForRenderedIds(other, 'parks-circle', ['zgc-xibeiwang-science-park-phase-1', 'zgc-yongfeng-xinyu-phase-1']);
  await other.keyboard.press('Escape');
  await other.getByText('2 of 18 parks').waitFor();
  await other.locator('.park-item').nth(1).waitFor();
  assert.deepEqual(await listIds(other), ['zgc-xibeiwang-science-park-phase-1', 'zgc-yongfeng-xinyu-phase-1']);
  // The camera came from the hash, unchanged by the reload.
  const hash = new URL(shared).hash;
  assert.match(hash, /^#map=/);
  assert.equal(new URL(other.url()).hash, hash);
});

// A link's values are read before any map: the list view (a browser without WebGL).
test('a bad link value is ignored with a notice and the rest still applies', async ({ newContext }) => {
  const page = await listPage(newContext);
  await page.goto(`/?lang=en&ind=biomed,warp&park=<b>x</b>`);
  await page.getByText('5 of 18 parks').waitFor();
  const notice = await page.locator('.notice').first().innerText();
  assert.match(notice, /ind=warp/);
  assert.match(notice, /park=<b>x<\/b>/); // shown as text, never as HTML
  assert.equal(await page.locator('.notice b').count(), 0);
});
