// Map labels that matter win (issue 14): station and chosen-place names over plan-project glyphs and park names, the
// location dot on top, labels moving inward at the map's edge instead of being cut, and main roads, towns and
// landmarks named at the district view, with a size key for the park circles in the legend. One page load per
// viewport; the camera moves within it. queryRenderedFeatures returns only labels actually placed.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createExpression } from '@maplibre/maplibre-gl-style-spec';
import { test, waitForMapIdle, screenshot } from './fixtures.mjs';

const read = (p) => JSON.parse(readFileSync(new URL(`../../${p}`, import.meta.url), 'utf8'));
const STATIONS = read('geo/transit-stations.geojson').features;
const PARKS = read('data/parks.geojson').features;
const ROADS = read('geo/roads.geojson').features;
const GREEN = read('geo/green.geojson').features;
const station = (id) => STATIONS.find((f) => f.properties.id === id).geometry.coordinates;
const MAJOR_ROADS = new Set(
  ROADS.filter((f) => ['ring', 'expressway'].includes(f.properties.class)).map((f) => f.properties.name.zh),
);

/** Names (in `lang`) of the features placed in the given layers; a layer the map lacks counts as none placed. */
function placedNames(page, layers, lang = 'zh') {
  return page.evaluate(
    ([ls, key]) => {
      const map = window.__haidianMap;
      const have = ls.filter((l) => map.getLayer(l));
      if (!have.length) return [];
      return [...new Set(map.queryRenderedFeatures({ layers: have }).map((f) => f.properties[key]))];
    },
    [layers, `name_${lang}`],
  );
}

/** Moves the camera and waits for the map to settle (the idle after the move). */
async function jumpTo(page, camera) {
  await page.evaluate(
    (c) =>
      new Promise((resolve) => {
        const map = window.__haidianMap;
        map.jumpTo(c);
        map.once('idle', resolve);
      }),
    camera,
  );
  await waitForMapIdle(page);
}

/** The style's layer ids, bottom to top (drawing order; the top symbol layer is placed first). */
const layerOrder = (page) => page.evaluate(() => window.__haidianMap.getStyle().layers.map((l) => l.id));

/** The canvas pixel (RGBA) at a screen point of the map; the canvas keeps its last frame (preserveDrawingBuffer). */
function pixelAt(page, lngLat) {
  return page.evaluate((at) => {
    const map = window.__haidianMap;
    const src = map.getCanvas();
    const p = map.project(at);
    const k = src.width / src.clientWidth;
    const c = document.createElement('canvas');
    c.width = src.width;
    c.height = src.height;
    const ctx = c.getContext('2d');
    ctx.drawImage(src, 0, 0);
    return [...ctx.getImageData(Math.round(p.x * k), Math.round(p.y * k), 1, 1).data];
  }, lngLat);
}

/**
 * Near-black pixels (the park names' #1f1d1a; no line, circle or other label on the map is that dark) in the outer
 * `px` columns of the map at its east or west edge: a park name the edge cuts leaves its glyphs there.
 */
function darkAtEdge(page, side, px = 3) {
  return page.evaluate(
    ([s, w]) => {
      const src = window.__haidianMap.getCanvas();
      const k = src.width / src.clientWidth;
      const c = document.createElement('canvas');
      c.width = src.width;
      c.height = src.height;
      const ctx = c.getContext('2d');
      ctx.drawImage(src, 0, 0);
      const cols = Math.round(w * k);
      const x = s === 'east' ? src.width - cols : 0;
      const d = ctx.getImageData(x, 0, cols, src.height).data;
      let n = 0;
      for (let i = 0; i < d.length; i += 4) if (Math.max(d[i], d[i + 1], d[i + 2]) < 60 && d[i + 3] > 200) n++;
      return n;
    },
    [side, px],
  );
}

/**
 * Puts a park 10 px inside the map's east or west edge, halfway down, at zoom 11 (near the district view), and checks that its name is still placed and
 * that no park name is cut by that edge.
 */
async function checkEdge(page, parkId, side) {
  const at = PARKS.find((f) => f.properties.id === parkId).geometry.coordinates;
  await jumpTo(page, { center: at, zoom: 11 });
  // The park is now at the centre; centre the map on the point that puts it 10 px from the edge.
  const center = await page.evaluate((s) => {
    const map = window.__haidianMap;
    const w = map.getCanvas().clientWidth;
    const h = map.getCanvas().clientHeight;
    const c = map.unproject([s === 'east' ? 10 : w - 10, h / 2]);
    return [c.lng, c.lat];
  }, side);
  await jumpTo(page, { center, zoom: 11 });
  const x = await page.evaluate((p) => window.__haidianMap.project(p).x, at);
  const w = await page.evaluate(() => window.__haidianMap.getCanvas().clientWidth);
  assert.ok(Math.abs(x - (side === 'east' ? w - 10 : 10)) < 2, `park at x=${x} of ${w} (camera not clamped)`);
  const placed = await page.evaluate(
    (id) => window.__haidianMap.queryRenderedFeatures({ layers: ['parks-label'] }).some((f) => f.properties.id === id),
    parkId,
  );
  assert.ok(placed, `${parkId}: its name is placed with the park 10 px from the ${side} edge`);
  assert.equal(await darkAtEdge(page, side), 0, `no park name cut by the ${side} edge (${parkId})`);
}

test.describe('at 1440 × 900', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('district view names roads, towns and landmarks; station and chosen-place names win; the dot is on top; the legend sizes match', async ({
    page,
    context,
  }) => {
    await page.goto('/?lang=zh');
    await waitForMapIdle(page);

    // Orientation at the district view: main roads along their lines, towns, landmarks, and the parks still named.
    const roads = await placedNames(page, ['roads-major-label']);
    assert.ok(roads.length >= 3, `main roads named at the district view: ${roads.join(' ')}`);
    assert.deepEqual(
      roads.filter((n) => !MAJOR_ROADS.has(n)),
      [],
      'only ring roads and expressways at this zoom',
    );
    const towns = await placedNames(page, ['towns-label']);
    assert.ok(towns.length >= 6, `towns named: ${towns.join(' ')}`);
    const landmarks = await placedNames(page, ['landmarks-label']);
    const greenNames = new Set(GREEN.map((f) => f.properties.name.zh));
    assert.ok(landmarks.length >= 2 && landmarks.every((n) => greenNames.has(n)), `landmarks: ${landmarks.join(' ')}`);
    const parks = await placedNames(page, ['parks-label']);
    assert.ok(parks.length >= 10, `park names still placed first: ${parks.length}`);
    assert.ok(parks.includes('中关村综保区(一期)'), 'the 综保区 name is placed');
    await screenshot(page, 'labels-district-1440-zh');

    // The legend's size key: each circle as wide as the map draws a park of that floor area at this zoom.
    await page.locator('.legend summary').click();
    const key = await page.locator('.legend-size li').evaluateAll((els) =>
      els.map((el) => ({
        m2: Number(el.dataset.areaM2),
        d: el.querySelector('circle').getBoundingClientRect().width,
        text: el.innerText,
      })),
    );
    const { zoom, radius } = await page.evaluate(() => ({
      zoom: window.__haidianMap.getZoom(),
      radius: window.__haidianMap.getPaintProperty('parks-circle', 'circle-radius'),
    }));
    const expr = createExpression(radius, {
      type: 'number',
      'property-type': 'data-driven',
      expression: { interpolated: true, parameters: ['zoom', 'feature'] },
    });
    assert.equal(expr.result, 'success');
    assert.ok(key.length >= 3, `size key entries: ${JSON.stringify(key)}`);
    for (const { m2, d, text } of key) {
      const r = expr.value.evaluate({ zoom }, { type: 'Point', properties: { floor: m2 }, geometry: [] });
      assert.ok(Math.abs(d - 2 * r) <= 1, `${m2} m² (${text}): key ${d.toFixed(1)} px, map ${(2 * r).toFixed(1)} px`);
      assert.match(text, /万㎡/);
    }
    await screenshot(page, 'labels-legend-1440-zh');
    await page.locator('.legend summary').click();

    // 上地 and 北沙滩 at zoom 13: the station names are placed (a park's name moves aside).
    for (const id of ['shangdi', 'beishatan']) {
      await jumpTo(page, { center: station(id), zoom: 13 });
      const names = await placedNames(page, ['stations-label']);
      const zh = STATIONS.find((f) => f.properties.id === id).properties.name.zh;
      assert.ok(names.includes(zh), `${zh} named at zoom 13: ${names.join(' ')}`);
      await screenshot(page, `labels-${id}-13-zh`);
    }

    // After searching 西二旗 its name shows, though a plan project's glyph sits on the station.
    const box = page.getByRole('combobox').first();
    await box.fill('西二旗');
    await page
      .getByRole('listbox')
      .getByRole('option', { name: /西二旗/ })
      .first()
      .click();
    await page.waitForFunction(() => window.__haidianMap.isMoving() === false);
    await waitForMapIdle(page);
    await page.waitForFunction(() => window.__haidianMap.loaded());
    const named = await placedNames(page, ['radius-label', 'stations-label']);
    assert.ok(named.includes('西二旗'), `西二旗 named after the search: ${named.join(' ')}`);
    await screenshot(page, 'labels-xierqi-search-zh');

    // Priority is drawing order (MapLibre places the top symbol layer first): chosen place > stations > parks >
    // plan projects, and the chosen place's dot over every marker (its layers exist once a place is chosen).
    const order = await layerOrder(page);
    const at = (id) => {
      assert.ok(order.includes(id), `layer ${id} drawn`);
      return order.indexOf(id);
    };
    assert.ok(at('radius-label') > at('stations-label'), 'the chosen place is named before stations');
    assert.ok(at('edge-frame') > at('radius-label'), 'the edge boxes stay on top, so the place name moves inward too');
    assert.ok(at('stations-label') > at('parks-label'), 'station names before park names');
    assert.ok(at('parks-label') > at('projects-label'), 'park names over the project glyphs (the hospital by 综保区)');
    assert.ok(at('radius-centre') > Math.max(at('projects-label'), at('parks-circle')), 'the dot over all markers');

    // "My location" at 西二旗: the blue dot is drawn over the project glyph there, and named.
    const [lng, lat] = station('xierqi');
    await context.grantPermissions(['geolocation']);
    await context.setGeolocation({ longitude: lng, latitude: lat });
    await page.getByRole('button', { name: '使用我的位置' }).click();
    await page.waitForFunction(
      () =>
        window.__haidianMap.getStyle().layers.some((l) => l.id === 'radius-label') &&
        window.__haidianMap
          .queryRenderedFeatures({ layers: ['radius-label'] })
          .some((f) => f.properties.name_zh === '我的位置'),
      null,
      { timeout: 15000 },
    );
    await waitForMapIdle(page);
    const [r, g, b] = await pixelAt(page, [lng, lat]);
    // radius-centre is #0072B2 (0, 114, 178).
    assert.ok(Math.abs(r - 0) < 25 && Math.abs(g - 114) < 25 && Math.abs(b - 178) < 25, `dot colour ${r},${g},${b}`);
    await screenshot(page, 'labels-my-location-zh');
  });
});

test.describe('at 1280 × 800', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  // One page load for both sizes: 1280 × 800 in English, then the default size (playwright.config.mjs) in Chinese.
  test('a park by the east or west edge keeps its name, moved inward; at the default size too', async ({ page }) => {
    await page.goto('/?lang=en');
    await waitForMapIdle(page);
    assert.ok((await placedNames(page, ['towns-label'], 'en')).length >= 5, 'towns named in English');
    // Main roads in their short English form, "N 4th Ring", not "North 4th Ring Road": the long names did not fit
    // along the roads, so none was placed at this size.
    const field = await page.evaluate(() => window.__haidianMap.getLayoutProperty('roads-major-label', 'text-field'));
    assert.match(JSON.stringify(field), /name_en_short/);
    const roads = await placedNames(page, ['roads-major-label'], 'en_short');
    assert.ok(roads.length >= 2, `main roads named in English: ${roads.join(' | ')}`);
    for (const name of roads) assert.match(name, /^(?:[NSEW] \d(?:st|nd|rd|th) Ring|.+ (?:Expy|Rd))$/);
    await screenshot(page, 'labels-district-1280-en');
    await checkEdge(page, 'dongsheng-science-park-haikai', 'east');
    await screenshot(page, 'labels-east-edge-1280-en');
    await checkEdge(page, 'zgc-dongsheng-phase-3-dongpan', 'west');

    // At the default size, in Chinese, a park by the east edge keeps its name, moved inward.
    await page.setViewportSize(test.info().project.use.viewport);
    await page.getByRole('button', { name: /Switch language to Chinese/ }).click();
    await page.waitForFunction(() =>
      /name_zh.*name_en/.test(JSON.stringify(window.__haidianMap.getLayoutProperty('parks-label', 'text-field'))),
    );
    await waitForMapIdle(page);
    await checkEdge(page, 'xueyuan-road-science-park-dongsheng', 'east');
    await screenshot(page, 'labels-east-edge-default-zh');
  });
});
