// An online basemap (here a same-origin style served by the test) goes under the app's layers; with bcrs=gcj02 the
// app's WGS-84 drawing is shifted onto the GCJ-02 basemap and clicks are shifted back.
import assert from 'node:assert/strict';
import gcoord from 'gcoord';
import { distance } from '@turf/turf';
import { test, waitForMapIdle, screenshot } from './fixtures.mjs';

const STYLE = {
  version: 8,
  name: 'test online style',
  sources: {},
  layers: [{ id: 'online-ground', type: 'background', paint: { 'background-color': '#e8eef4' } }],
};

/** Opens the app with the test's online style as its basemap (served through a route, same origin). */
async function open({ page, context, baseURL }, bcrs) {
  await context.route('**/online-style.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(STYLE) }),
  );
  const styleUrl = `${baseURL}online-style.json`;
  await page.goto(`/?lang=en&basemap=${encodeURIComponent(styleUrl)}${bcrs ? `&bcrs=${bcrs}` : ''}`);
  await page.waitForFunction(() => window.__haidianMap?.getLayer('online-ground'), null, { timeout: 20000 });
  await waitForMapIdle(page);
}

const parkOnMap = (page, id) =>
  page.evaluate((parkId) => {
    const map = window.__haidianMap;
    const f = map.querySourceFeatures('parks').find((x) => x.properties.id === parkId);
    return f.geometry.coordinates;
  }, id);

test('the online style replaces the ground and keeps the app layers on top', async ({ page, context, baseURL }) => {
  await open({ page, context, baseURL }, null);
  const ids = await page.evaluate(() => window.__haidianMap.getStyle().layers.map((l) => l.id));
  assert.equal(ids[0], 'online-ground');
  assert.ok(!ids.includes('background') && !ids.includes('roads-line'), 'embedded ground removed');
  assert.ok(ids.includes('transit-now-line') && ids.includes('parks-circle'), 'app layers kept');
  // WGS-84 basemap: parks are drawn where the data puts them.
  const at = await parkOnMap(page, 'zgc-dongsheng-phase-3-dongpan');
  assert.ok(Math.abs(at[0] - 116.3593) < 1e-4 && Math.abs(at[1] - 40.003) < 1e-4, `drawn at ${at}`);
  assert.equal(await page.locator('.notice').count(), 0);
});

test('bcrs=gcj02 shifts the drawing onto a GCJ-02 basemap and clicks back to WGS-84', async ({
  page,
  context,
  baseURL,
}) => {
  await open({ page, context, baseURL }, 'gcj02');
  const wgs = [116.3593, 40.003];
  const drawn = await parkOnMap(page, 'zgc-dongsheng-phase-3-dongpan');
  const expected = gcoord.transform(wgs, gcoord.WGS84, gcoord.GCJ02);
  assert.ok(distance(drawn, expected, { units: 'meters' }) < 2, `drawn at ${drawn}, expected ${expected}`);
  assert.ok(distance(drawn, wgs, { units: 'meters' }) > 400, 'shifted by the GCJ-02 offset');

  // A click on empty map starts a radius query at the WGS-84 position under the cursor.
  const click = await page.evaluate(() => {
    const map = window.__haidianMap;
    const r = map.getCanvas().getBoundingClientRect();
    // Whole pixels: the mouse clicks at integer positions.
    const x = Math.round(r.width * 0.3),
      y = Math.round(r.height * 0.7);
    const ll = map.unproject([x, y]);
    return { x: Math.round(r.left) + x, y: Math.round(r.top) + y, displayed: [ll.lng, ll.lat] };
  });
  await page.mouse.click(click.x, click.y);
  await page.waitForFunction(() => new URLSearchParams(location.search).has('at'));
  const at = new URL(page.url()).searchParams.get('at').split(',').map(Number);
  const back = gcoord.transform(click.displayed, gcoord.GCJ02, gcoord.WGS84);
  assert.ok(distance(at, back, { units: 'meters' }) < 3, `origin ${at} vs ${back}`);
  assert.match(page.url(), /bcrs=gcj02/);
  await screenshot(page, 'online-gcj02');
});
