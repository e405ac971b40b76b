// Finding parks: two filters narrow the list and the map alike; the link restores the view elsewhere; a click on a
// park's circle opens its card.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, waitForMapIdle, waitForRenderedIds, renderedFeatures, screenshot } from './harness.mjs';

let server;
before(async () => { server = await startServer(); });
after(() => server?.stop());

const listIds = (page) => page.$$eval('.park-item', (els) => els.map((e) => e.dataset.parkId).sort());
const mapIds = async (page) => [...new Set((await renderedFeatures(page, ['parks-circle'])).map((f) => f.properties.id))].sort();

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

test('two filters narrow list and map; the shared link restores the same view; clicking a park opens its card', async () => {
  const b = await launch();
  let shared;
  try {
    const { page } = b;
    await page.goto(`${server.url}?lang=en`);
    await waitForMapIdle(page);
    assert.equal((await mapIds(page)).length, 18);
    await page.getByRole('button', { name: /^AI & computing|^AI\b/ }).first().click();
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
    shared = page.url();
    assert.deepEqual(b.offRequests, []);
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }

  const c = await launch();
  try {
    const { page } = c;
    await page.goto(shared);
    await waitForMapIdle(page);
    const card = page.getByRole('article');
    await card.waitFor();
    assert.match(await card.getByRole('heading', { level: 2 }).innerText(), /Yongfeng/);
    await waitForRenderedIds(page, 'parks-circle', ['zgc-xibeiwang-science-park-phase-1', 'zgc-yongfeng-xinyu-phase-1']);
    await page.keyboard.press('Escape');
    await page.getByText('2 of 18 parks').waitFor();
    await page.locator('.park-item').nth(1).waitFor();
    assert.deepEqual(await listIds(page), ['zgc-xibeiwang-science-park-phase-1', 'zgc-yongfeng-xinyu-phase-1']);
    // The camera came from the hash, unchanged by the reload.
    const hash = new URL(shared).hash;
    assert.match(hash, /^#map=/);
    assert.equal(new URL(page.url()).hash, hash);
    assert.deepEqual(c.offRequests, []);
    assert.deepEqual(c.errors, []);
  } finally {
    await c.close();
  }
});

test('a bad link value is ignored with a notice and the rest still applies', async () => {
  const b = await launch();
  try {
    const { page } = b;
    await page.goto(`${server.url}?lang=en&ind=biomed,warp&park=<b>x</b>`);
    await waitForMapIdle(page);
    await page.getByText('5 of 18 parks').waitFor();
    const notice = await page.locator('.notice').first().innerText();
    assert.match(notice, /ind=warp/);
    assert.match(notice, /park=<b>x<\/b>/); // shown as text, never as HTML
    assert.equal(await page.locator('.notice b').count(), 0);
    assert.deepEqual(b.offRequests, []);
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});
