// Transit flows in Chromium: the scenario switch changes a park's transit figures; a click on the map runs a radius
// query whose park list matches the same computation done here with turf; the measure tool reads a distance.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { distance } from '@turf/turf';
import { startServer, launch, waitForMapIdle, renderedFeatures, screenshot } from './harness.mjs';

const parks = JSON.parse(readFileSync(new URL('../../data/parks.geojson', import.meta.url), 'utf8')).features;
const DONGPAN = parks.find((f) => f.properties.seq === 8).properties; // 清华东路38号, beside 北沙滩

let server;
before(async () => { server = await startServer(); });
after(() => server?.stop());

/** Clicks the map at the pixel of a [lng, lat], through the app's map instance. */
async function clickAt(page, lngLat) {
  const box = await page.locator('.map-wrap canvas').boundingBox();
  const { x, y } = await page.evaluate((ll) => window.__haidianMap.project(ll), lngLat);
  await page.mouse.click(box.x + x, box.y + y);
}

test('switching to "after plan" changes a park\'s transit figures: Line 19N appears at 北沙滩, about 2029', async () => {
  const b = await launch();
  try {
    const { page } = b;
    await page.goto(`${server.url}?lang=zh&park=${DONGPAN.id}`);
    await waitForMapIdle(page);
    const block = page.getByRole('region', { name: '轨道交通' });
    await block.waitFor();
    const current = block.locator('.transit-scenarios .is-current');
    assert.equal(await current.locator('dt').innerText(), '现状');
    assert.equal(await current.locator('dd').innerText(), '距北沙滩站 400 米，步行约 6 分钟');
    assert.equal(await block.locator('tr[data-line="L19N"]').count(), 0, 'no Line 19N row now');
    await screenshot(page, 'transit-card-now-zh');

    await page.getByRole('button', { name: '规划后', exact: true }).click();
    const row = block.locator('tr[data-line="L19N"]');
    await row.waitFor();
    assert.match(await row.innerText(), /北沙滩站\s*规划 · 约 2029 年\s*400 米\s*步行 6 分钟\s*约 \d+ 米/);
    assert.equal(await block.locator('.transit-scenarios .is-current dt').innerText(), '规划后');
    assert.match(page.url(), /scen=plan/);
    await screenshot(page, 'transit-card-plan-zh');

    // The list card carries the plan badge; in English too (the list is narrowed to the park by a shared search link).
    await page.goto(`${server.url}?lang=en&scen=plan&q=${encodeURIComponent('东畔')}`);
    await waitForMapIdle(page);
    const item = page.locator(`.park-item[data-park-id="${DONGPAN.id}"]`);
    await item.waitFor();
    assert.equal(await item.locator('.transit-nearest-text').innerText(), '400 m to Beishatan station, about a 6-minute walk');
    assert.equal(await item.locator('.transit-badge').innerText(), 'Plan: +Line 19 northern extension (planned)');
    await page.getByRole('button', { name: 'Now', exact: true }).click();
    assert.equal(await item.locator('.transit-badge').innerText(), 'Changes after plan');
    await screenshot(page, 'transit-list-en');
    assert.deepEqual(b.offRequests, []);
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});

test('a click on the map runs a radius query: circle drawn, parks listed as turf computes them, radius in the URL', async () => {
  const b = await launch();
  try {
    const { page } = b;
    // Zoomed on the north-western cluster so the click lands clear of any park circle.
    await page.goto(`${server.url}?lang=zh#map=13/40.062/116.238`);
    await waitForMapIdle(page);
    await clickAt(page, [116.238, 40.052]);
    await page.getByRole('region', { name: '半径查询' }).waitFor();
    await page.waitForFunction(() => /[?&]at=/.test(location.search));
    const params = new URL(page.url()).searchParams;
    const origin = params.get('at').split(',').map(Number);
    assert.ok(Math.abs(origin[0] - 116.238) < 0.0005 && Math.abs(origin[1] - 40.052) < 0.0005, `origin ${origin}`);
    assert.equal(params.get('r'), '2');

    const check = async (km) => {
      const expected = parks
        .map((f) => ({ name: f.properties.name.zh, d: distance(origin, f.geometry.coordinates, { units: 'kilometers' }) }))
        .filter((p) => p.d <= km)
        .sort((a, b) => a.d - b.d)
        .map((p) => p.name);
      const listed = await page.getByTestId('radius-parks').locator('li button').allInnerTexts();
      assert.deepEqual(listed, expected, `parks within ${km} km`);
      return expected.length;
    };
    const within2 = await check(2);
    assert.ok(within2 >= 2, 'at least two parks within 2 km');
    await page.getByRole('slider', { name: /^半径/ }).fill('3.5');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('r') === '3.5');
    assert.ok((await check(3.5)) > within2, 'a wider radius lists more parks');
    await waitForMapIdle(page);
    assert.ok((await renderedFeatures(page, ['radius-line'])).length > 0, 'the circle is drawn');
    assert.ok((await renderedFeatures(page, ['radius-centre'])).length === 1, 'the centre is drawn');
    await screenshot(page, 'transit-radius-zh');

    // Measure: two clicks about 1 km apart on a meridian.
    await page.getByRole('button', { name: '测距' }).click();
    await clickAt(page, [116.25, 40.05]);
    await clickAt(page, [116.25, 40.05899320363724538]);
    const total = await page.getByTestId('measure-total').innerText();
    assert.match(total, /^总长 (1 公里|9[89]0 米|1,0[01]0 米)$/, total);
    assert.equal(new URL(page.url()).searchParams.get('at'), params.get('at'), 'measure clicks leave the radius query alone');
    await waitForMapIdle(page);
    assert.ok((await renderedFeatures(page, ['measure-point'])).length === 2);
    await screenshot(page, 'transit-measure-zh');
    assert.deepEqual(b.offRequests, []);
    assert.deepEqual(b.errors, []);
  } finally {
    await b.close();
  }
});
