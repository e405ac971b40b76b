// Placement regions on the map (issue 11, item 5): a selected park shows the area its true site lies in, the
// "Placement regions" switch shows all of them (kept in the link as show=regions), roughly placed parks are rings,
// and parks only possibly within a transit distance carry a dashed outer ring.
import assert from 'node:assert/strict';
import { test, waitForMapIdle, renderedFeatures, screenshot } from './fixtures.mjs';

const BONDED = 'zgc-bonded-zone-phase-1'; // placed to town level, ±6.5 km
const BONDED_AT = [116.1585, 40.0615];
const QUANTUM = 'zgc-haidian-quantum-future-industry-park'; // placed from an address, ±300 m

/** Ids whose region is drawn in the regions fill layer (the whole viewport). */
const regionIds = async (page) =>
  [...new Set((await renderedFeatures(page, ['regions-fill'])).map((f) => f.properties.id))].sort();

/** Waits until at least `n` parks' regions are drawn. */
const waitForRegions = (page, n) =>
  page.waitForFunction(
    (n) => {
      const map = window.__haidianMap;
      return (
        map?.loaded() &&
        new Set(map.queryRenderedFeatures({ layers: ['regions-fill'] }).map((f) => f.properties.id)).size >= n
      );
    },
    n,
    { timeout: 15000, polling: 100 },
  );

/**
 * Moves the camera (no animation) and reports, for each point `km` kilometres from `from` along `bearingDeg`, its
 * pixel position, whether it is on the canvas, and which regions cover it.
 */
async function regionsAt(page, camera, from, probes) {
  await page.evaluate((camera) => window.__haidianMap.jumpTo(camera), camera);
  await waitForMapIdle(page);
  return page.evaluate(
    ({ from, probes }) => {
      const map = window.__haidianMap;
      const canvas = map.getCanvas();
      const kmPerDegLat = 111.32;
      return probes.map(({ km, bearingDeg }) => {
        const a = (bearingDeg * Math.PI) / 180;
        const lngLat = [
          from[0] + (km * Math.sin(a)) / (kmPerDegLat * Math.cos((from[1] * Math.PI) / 180)),
          from[1] + (km * Math.cos(a)) / kmPerDegLat,
        ];
        const p = map.project(lngLat);
        const onCanvas = p.x >= 0 && p.y >= 0 && p.x <= canvas.clientWidth && p.y <= canvas.clientHeight;
        return {
          km,
          bearingDeg,
          onCanvas,
          ids: map.queryRenderedFeatures(p, { layers: ['regions-fill'] }).map((f) => f.properties.id),
        };
      });
    },
    { from, probes },
  );
}

test.describe(() => {
  test.use({ viewport: { width: 1280, height: 720 } });
  // One page load for the placement regions and the "may be within" rings.
  test('a selected park shows its placement region; the switch shows all, and the link keeps it; parks only possibly within the transit distance carry a dashed ring, explained in the legend', async ({
    page,
  }) => {
    await page.goto(`/?lang=en&park=${BONDED}`);
    await waitForMapIdle(page);
    // The selection flies to the park; wait until its region is drawn (and only its own: the switch is off).
    await waitForRegions(page, 1);
    await waitForMapIdle(page);
    assert.deepEqual(await regionIds(page), [BONDED], 'only the selected park shows a region while the switch is off');
    assert.doesNotMatch(page.url(), /show=/, 'the regions switch is off by default and out of the link');
    await screenshot(page, 'regions-selected-1280');

    // The region covers a point 2 km south of the placed point, but not one 10 km away (both on screen).
    const [near, far] = await regionsAt(page, { center: BONDED_AT, zoom: 10 }, BONDED_AT, [
      { km: 2, bearingDeg: 180 },
      { km: 10, bearingDeg: 180 },
    ]);
    assert.ok(near.onCanvas && far.onCanvas, 'both probe points are on the canvas');
    assert.ok(near.ids.includes(BONDED), `2 km from the point lies in its region (got ${near.ids.join(',')})`);
    assert.ok(!far.ids.includes(BONDED), `10 km from the point lies outside its region (got ${far.ids.join(',')})`);

    // Roughly placed parks are drawn as rings, precisely placed ones as filled discs.
    const circles = await renderedFeatures(page, ['parks-circle']);
    const rough = (id) => circles.find((f) => f.properties.id === id)?.properties.rough;
    assert.equal(rough(BONDED), true, 'a town-level park is flagged rough');
    assert.equal(rough(QUANTUM), false, 'an address-level park is not');
    const strokeWidth = await page.evaluate(() =>
      JSON.stringify(window.__haidianMap.getPaintProperty('parks-circle', 'circle-stroke-width')),
    );
    assert.match(strokeWidth, /"case",\["==",\["get","rough"\],true\],3,1\.5/, 'the ring style keys on the rough flag');

    // Hovering another park shows its region too (one whose centre no plan-project marker covers).
    const other = await page.evaluate((selected) => {
      const map = window.__haidianMap;
      const r = map.getCanvas().getBoundingClientRect();
      for (const f of window.__drawnFeatures({ layers: ['parks-circle'] })) {
        const p = map.project(f.geometry.coordinates);
        const top = window.__drawnFeatures(p, { layers: ['parks-circle', 'projects-circle'] })[0];
        if (f.properties.id !== selected && top?.properties.id === f.properties.id)
          return { id: f.properties.id, x: r.left + p.x, y: r.top + p.y };
      }
      return null;
    }, BONDED);
    assert.ok(other, 'some other park can be hovered');
    await page.mouse.move(other.x, other.y, { steps: 2 });
    await page.waitForFunction(
      (id) =>
        window.__haidianMap.queryRenderedFeatures({ layers: ['regions-fill'] }).some((f) => f.properties.id === id),
      other.id,
      { timeout: 10000 },
    );
    await page.mouse.move(5, 400);

    // The legend explains disc, ring and region.
    const legend = page.locator('.legend');
    if (!(await legend.evaluate((el) => el.open))) await legend.locator('summary').click();
    assert.match(await legend.innerText(), /Filled disc: placed from an address or landmark, to within 1 km/);
    assert.match(await legend.innerText(), /Ring: only the area or town is known/);
    assert.match(await legend.innerText(), /Dashed area: the park is somewhere inside it/);
    await legend.locator('summary').click();

    // Turn all regions on from the layer switches.
    await page.evaluate(() => window.__haidianMap.jumpTo({ center: [116.26, 40.03], zoom: 10.4 }));
    await page.locator('.layers summary').click();
    const toggle = page.getByRole('checkbox', { name: 'Placement regions' });
    assert.equal(await toggle.isChecked(), false);
    await toggle.check();
    await waitForRegions(page, 13);
    await waitForMapIdle(page);
    const all = await regionIds(page);
    assert.ok(all.length >= 13, `regions of at least 13 parks are drawn, got ${all.length}`);
    await page.waitForFunction(() => /[?&]show=regions(&|$)/.test(location.search));
    await page.locator('.layers summary').click();
    await screenshot(page, 'regions-all-1280');

    // Parks only possibly within the transit distance carry a dashed ring, explained in the legend: on the same page,
    // within 1 km of a station with the possible ones included (rough parks straddle the limit), chosen in the filters
    // as the link tk=1&tp=1 sets them (the park's card closed first, back to the list and its filters).
    await page.getByRole('button', { name: 'Back to list' }).click();
    await page.getByRole('button', { name: /^within 1 km/ }).click();
    await page.waitForFunction(() => new URLSearchParams(location.search).get('tk') === '1');
    await page.locator('.extra-possible').click();
    await page.waitForFunction(() => new URLSearchParams(location.search).get('tp') === '1');
    await page.waitForFunction(
      () =>
        window.__haidianMap?.getLayer('parks-possible') &&
        window.__drawnFeatures({ layers: ['parks-possible'] }).length > 0,
      null,
      { timeout: 15000 },
    );
    await waitForMapIdle(page);
    const possible = new Set((await renderedFeatures(page, ['parks-possible'])).map((f) => f.properties.id));
    const shown = new Set((await renderedFeatures(page, ['parks-circle'])).map((f) => f.properties.id));
    assert.ok(
      possible.size > 0 && [...possible].every((id) => shown.has(id)),
      'the ring marks some of the parks shown',
    );
    assert.ok(possible.size < 18);
    if (!(await legend.evaluate((el) => el.open))) await legend.locator('summary').click();
    assert.match(await legend.innerText(), /Dashed outer ring: may or may not be within the chosen distance/);
    await screenshot(page, 'regions-possible-1280');

    // Without a distance filter (cleared, on the same page) there is no ring and no legend line for it.
    await page.getByRole('button', { name: 'Clear transit filter' }).click();
    await page.waitForFunction(() => !new URLSearchParams(location.search).has('tk'));
    await waitForMapIdle(page);
    await page.waitForFunction(
      () =>
        !window.__haidianMap.getLayer('parks-possible') ||
        window.__drawnFeatures({ layers: ['parks-possible'] }).length === 0,
    );
    assert.deepEqual(await renderedFeatures(page, ['parks-possible']), []);
    assert.doesNotMatch(await page.locator('.legend').innerText(), /Dashed outer ring/);
  });
});

test.describe(() => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('a link with show=regions opens with all regions on, on a phone', async ({ page }) => {
    await page.goto(`/?lang=zh&show=regions`);
    await waitForMapIdle(page);
    await waitForRegions(page, 13);
    await waitForMapIdle(page);
    await screenshot(page, 'regions-all-390');
    await page.locator('.layers summary').click();
    assert.equal(await page.getByRole('checkbox', { name: '定位范围' }).isChecked(), true);

    await page.goto(`/?lang=zh&park=${BONDED}`);
    await waitForMapIdle(page);
    await waitForRegions(page, 1);
    await waitForMapIdle(page);
    assert.deepEqual(await regionIds(page), [BONDED]);
    // The park card fills the phone's sheet: lower it to see the map.
    for (let i = 0; i < 3 && (await page.locator('.sheet-handle').getAttribute('aria-expanded')) === 'true'; i++)
      await page.locator('.sheet-handle').click();
    await page.waitForTimeout(400); // the sheet's height transition
    await waitForMapIdle(page);
    await screenshot(page, 'regions-selected-390');
  });
});
