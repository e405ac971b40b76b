// Transit flows in Chromium: the scenario switch changes a park's transit figures; a click on the map runs a radius
// query whose park list matches the same computation done here with turf; the measure tool reads a distance.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { distance } from '@turf/turf';
import { test, waitForMapIdle, renderedFeatures, screenshot, listPage, waitForApp } from './fixtures.mjs';

const parks = JSON.parse(readFileSync(new URL('../../data/parks.geojson', import.meta.url), 'utf8')).features;
const DONGPAN = parks.find((f) => f.properties.seq === 8).properties; // 清华东路38号, beside 北沙滩
const QUANTUM = parks.find((f) => f.properties.seq === 18).properties; // 上地信息路26号, ±300 m

/** Clicks the map at the pixel of a [lng, lat], through the app's map instance. */
async function clickAt(page, lngLat) {
  const box = await page.locator('.map-wrap canvas').boundingBox();
  const { x, y } = await page.evaluate((ll) => window.__haidianMap.project(ll), lngLat);
  await page.mouse.click(box.x + x, box.y + y);
}

// A park's transit figures and the distance filter need no map: the list view (a browser without WebGL).
test('switching to "after plan" changes a park\'s transit figures: Line 19N appears at 北沙滩, about 2029; figures are ranges', async ({
  newContext,
}) => {
  const page = await listPage(newContext);
  await page.goto(`/?lang=zh&park=${DONGPAN.id}`);
  const block = page.getByRole('region', { name: '轨道交通' });
  await block.waitFor();
  const current = block.locator('.transit-scenarios .is-current');
  assert.equal(await current.locator('dt').innerText(), '现状');
  // 东畔's region is the block west of 京藏高速; 北沙滩 station sits at its corner: no exact figure, no walking time.
  assert.equal(
    await current.locator('dd').innerText(),
    '距最近车站最远约 1.1 公里（定位点附近为北沙滩站；园区位置不确定，不估算步行时间）',
  );
  assert.equal(await block.locator('tr[data-line="L19N"]').count(), 0, 'no Line 19N row now');
  assert.match(await page.getByTestId('placement-text').innerText(), /^按门牌地址定位，误差约 1.2 公里$/);
  await screenshot(page, 'transit-card-now-zh');

  await page.getByRole('button', { name: '规划后', exact: true }).click();
  const row = block.locator('tr[data-line="L19N"]');
  await row.waitFor();
  assert.match(await row.innerText(), /北沙滩站\s*规划 · 约 2029 年\s*最远约 1\.6 公里\s*最远约 [\d.]+ 公里（示意）/);
  assert.equal(await block.locator('.transit-scenarios .is-current dt').innerText(), '规划后');
  assert.match(page.url(), /scen=plan/);
  const text = await block.innerText();
  assert.doesNotMatch(text, /NaN|(^|[^\d.,])0 米/);
  await screenshot(page, 'transit-card-plan-zh');

  // A park placed from its address (±300 m) gets ranges with a walking time, in English too.
  await page.goto(`/?lang=en&scen=plan&q=${encodeURIComponent('量子')}`);
  await waitForApp(page);
  const item = page.locator(`.park-item[data-park-id="${QUANTUM.id}"]`);
  await item.waitFor();
  assert.equal(
    await item.locator('.transit-nearest-text').innerText(),
    '220–830 m to Qinghe Railway Station, a 3–14 min walk',
  );
  assert.equal(await item.locator('.transit-badge').innerText(), 'Plan: +Line 19 northern extension (planned)');
  await page.getByRole('button', { name: 'Now', exact: true }).click();
  assert.equal(await item.locator('.transit-badge').innerText(), 'Changes after plan');
  await screenshot(page, 'transit-list-en');
});

test('"within 500 m of a station" lists only parks certainly within it; the switch adds the possible ones, marked; Clear all clears it', async ({
  newContext,
}) => {
  const page = await listPage(newContext);
  await page.goto(`/?lang=zh`);
  await waitForApp(page);
  await page.getByRole('button', { name: /^500 米内/ }).click();
  await page.waitForFunction(() => new URLSearchParams(location.search).get('tk') === '0.5');
  // No park is placed well enough to be certainly within 500 m of a station today.
  assert.equal(await page.locator('.count-shown').innerText(), '0 / 18 个园区');
  const more = page.locator('.extra-possible');
  const extra = Number(/另有 (\d+) 个/.exec(await more.innerText())[1]);
  assert.ok(extra >= 5, `parks possibly within 500 m: ${extra}`);
  await more.click();
  await page.waitForFunction(() => new URLSearchParams(location.search).get('tp') === '1');
  assert.equal(await page.locator('.count-shown').innerText(), `${extra} / 18 个园区`);
  const marked = await page.locator('.park-item.is-maybe .maybe-tag').allInnerTexts();
  assert.ok(marked.length > 0 && marked.every((t) => t === '可能在 500 米内'), `marked: ${marked}`);
  // Chip counts agree with the list under the transit filter.
  const chipCounts = await page.locator('.filters fieldset').first().locator('button .chip-count').allInnerTexts();
  assert.ok(
    chipCounts.map(Number).every((n) => n <= extra),
    `industry counts ${chipCounts} ≤ ${extra}`,
  );
  await screenshot(page, 'transit-filter-possible-zh');
  await page.getByRole('button', { name: '清除全部' }).click();
  assert.equal(await page.locator('.count-shown').innerText(), '18 / 18 个园区');
  assert.doesNotMatch(page.url(), /[?&](tk|tp)=/);
});

test('a click on the map runs a radius query: circle drawn, parks listed as turf computes them, radius in the URL', async ({
  page,
}) => {
  // Zoomed on the north-western cluster so the click lands clear of any park circle.
  await page.goto(`/?lang=zh#map=13/40.062/116.238`);
  await waitForMapIdle(page);
  await clickAt(page, [116.238, 40.052]);
  await page.getByRole('region', { name: '半径查询' }).waitFor();
  await page.waitForFunction(() => /[?&]at=/.test(location.search));
  const params = new URL(page.url()).searchParams;
  const origin = params.get('at').split(',').map(Number);
  assert.ok(Math.abs(origin[0] - 116.238) < 0.0005 && Math.abs(origin[1] - 40.052) < 0.0005, `origin ${origin}`);
  assert.equal(params.get('r'), '2');

  // A park is listed when its placement region reaches into the circle: certainly every park whose placed point is
  // inside, and none whose whole disc (point ± accuracy) is outside. Those only possibly inside are tagged.
  const check = async (km) => {
    const all = parks.map((f) => ({
      name: f.properties.name.zh,
      d: distance(origin, f.geometry.coordinates, { units: 'kilometers' }),
      acc: f.properties.geocode.accuracyM / 1000,
    }));
    // One park opens from its line; several fold into a list under it.
    const group = page.getByTestId('nearby-parks');
    const line = group.locator('.nearby-line');
    if ((await line.getAttribute('aria-expanded')) === 'false') await line.click();
    const listed = await group.locator('.nearby-item-name').allInnerTexts();
    // "N 个产业园区", "N 个…，另有 M 个可能在范围内" or "N 个…可能在范围内": N + M in all.
    const [, n, m] = /^(\d+) 个产业园区(?:，另有 (\d+) 个)?/.exec(await group.locator('.nearby-label').innerText());
    assert.equal(Number(n) + Number(m ?? 0), listed.length, 'the line counts what its list shows');
    for (const p of all.filter((x) => x.d <= km))
      assert.ok(listed.includes(p.name), `${p.name} (point ${p.d.toFixed(2)} km) listed within ${km} km`);
    for (const name of listed) {
      const p = all.find((x) => x.name === name);
      assert.ok(p.d - p.acc <= km + 0.01, `${name} can reach the circle`);
    }
    const possible = await group.locator('.maybe-tag').count();
    assert.ok(possible >= 1, 'the roughly placed parks are marked as only possibly within');
    return listed.length;
  };
  const within2 = await check(2);
  assert.ok(within2 >= 2, 'at least two parks within 2 km');
  await page.getByRole('slider', { name: /^半径/ }).fill('3.5');
  await page.waitForFunction(() => new URLSearchParams(location.search).get('r') === '3.5');
  assert.ok((await check(3.5)) > within2, 'a wider radius lists more parks');
  await waitForMapIdle(page);
  // The idle flag can be left over from before the change: wait for the drawing itself.
  await page.waitForFunction(
    () => window.__haidianMap.queryRenderedFeatures({ layers: ['radius-centre'] }).length === 1,
    null,
    { timeout: 15000 },
  );
  assert.ok((await renderedFeatures(page, ['radius-line'])).length > 0, 'the circle is drawn');
  assert.ok((await renderedFeatures(page, ['radius-centre'])).length === 1, 'the centre is drawn');
  await screenshot(page, 'transit-radius-zh');

  // Measure: two clicks about 1 km apart on a meridian.
  await page.getByRole('button', { name: '测距' }).click();
  await clickAt(page, [116.25, 40.05]);
  await clickAt(page, [116.25, 40.05899320363724]); // 1 km north of 40.05 on the sphere
  const total = await page.getByTestId('measure-total').innerText();
  assert.match(total, /^总长 (1 公里|9[89]0 米|1,0[01]0 米)$/, total);
  assert.equal(
    new URL(page.url()).searchParams.get('at'),
    params.get('at'),
    'measure clicks leave the radius query alone',
  );
  await waitForMapIdle(page);
  await page.waitForFunction(
    () => window.__haidianMap.queryRenderedFeatures({ layers: ['measure-point'] }).length === 2,
    null,
    { timeout: 15000 },
  );
  assert.ok((await renderedFeatures(page, ['measure-point'])).length === 2);
  await screenshot(page, 'transit-measure-zh');
});
