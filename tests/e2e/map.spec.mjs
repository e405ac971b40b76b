// The map draws offline from the embedded style: 18 parks, bilingual labels, language switch, no outside request.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test, waitForMapIdle, renderedFeatures, screenshot, listPage } from './fixtures.mjs';

const PARK_IDS = JSON.parse(readFileSync(new URL('../../data/parks.geojson', import.meta.url), 'utf8'))
  .features.sort((a, b) => a.properties.seq - b.properties.seq)
  .map((f) => f.properties.id);

// One page load for two things about the first view: what it draws, and that it is laid out once.
test('the map reaches idle and shows the 18 parks with labels in both scripts, offline; the first view is laid out once: every layer is in before the first full render, and no empty source', async ({
  page,
  offRequests,
}) => {
  // window.__haidianMap is set on MapLibre's 'load' (the first complete render). A layer, source or data set after
  // it would make every tile of that source be laid out again before the map is idle.
  await page.addInitScript(() => {
    let map;
    Object.defineProperty(window, '__haidianMap', {
      configurable: true,
      get: () => map,
      set: (m) => {
        map = m;
        const style = m.getStyle();
        window.__atLoad = { layers: style.layers.map((l) => l.id), sources: Object.keys(style.sources) };
        window.__afterLoad = [];
        m.on('sourcedata', (e) => {
          if (e.sourceDataType === 'content' || e.sourceDataType === 'metadata') window.__afterLoad.push(e.sourceId);
        });
      },
    });
  });
  await page.goto('/?lang=zh');
  await waitForMapIdle(page);
  const { atLoad, atIdle, afterLoad } = await page.evaluate(() => {
    const style = window.__haidianMap.getStyle();
    return {
      atLoad: window.__atLoad,
      atIdle: { layers: style.layers.map((l) => l.id), sources: Object.keys(style.sources) },
      afterLoad: window.__afterLoad,
    };
  });
  assert.deepEqual(atIdle.layers, atLoad.layers);
  assert.deepEqual(atIdle.sources, atLoad.sources);
  assert.deepEqual(afterLoad, [], 'no source data set after the first full render');
  for (const layer of ['parks-circle', 'parks-label', 'projects-label', 'stations-label', 'edge-frame'])
    assert.ok(atLoad.layers.includes(layer), `${layer} in place at the first render`);
  // Nothing to draw yet: a place's radius, a measurement, placement regions (the switch is off, no park chosen), the
  // selection and hover rings, the "may be within" rings (no transit filter).
  for (const source of ['radius', 'measure', 'regions', 'park-focus'])
    assert.ok(!atLoad.sources.includes(source), `no empty source ${source} at start`);
  assert.ok(!atLoad.layers.includes('parks-possible'), 'no "may be within" layer at start');

  const circles = await renderedFeatures(page, ['parks-circle']);
  const ids = new Set(circles.map((f) => f.properties.id));
  assert.equal(ids.size, 18, `parks rendered: ${[...ids].join(',')}`);
  const labels = await renderedFeatures(page, ['parks-label']);
  assert.ok(labels.length >= 8, `at least 8 park labels placed, got ${labels.length}`);
  const zh = labels.filter((f) => /[\u4e00-\u9fff]/.test(f.properties.name_zh));
  // eslint-disable-next-line no-control-regex -- printable ASCII plus three marks: the English names
  const en = labels.filter((f) => /^[\x00-\x7f’–·]+$/.test(f.properties.name_en));
  assert.ok(zh.length >= 8 && en.length >= 8, 'labels carry Chinese and English text');
  const style = await page.evaluate(() => window.__haidianMap.getLayoutProperty('parks-label', 'text-field'));
  assert.match(JSON.stringify(style), /name_zh.*name_en/, 'zh first in Chinese mode');
  await screenshot(page, 'map-zh');

  await page.getByRole('button', { name: /切换语言到英文/ }).click();
  await page.waitForFunction(
    () =>
      JSON.stringify(window.__haidianMap.getLayoutProperty('parks-label', 'text-field')).indexOf('name_en') <
      JSON.stringify(window.__haidianMap.getLayoutProperty('parks-label', 'text-field')).indexOf('name_zh'),
  );
  await waitForMapIdle(page);
  assert.match(page.url(), /lang=en/);
  assert.equal(
    await page
      .locator('h1')
      .innerText()
      .then((s) => s.startsWith('Haidian Site Finder')),
    true,
  );
  const townLabel = await page.evaluate(() =>
    JSON.stringify(window.__haidianMap.getLayoutProperty('towns-label', 'text-field')),
  );
  assert.match(townLabel, /name_en/);
  await screenshot(page, 'map-en');
  assert.deepEqual(offRequests, [], 'no request left 127.0.0.1');
});

test('without WebGL the list view shows all 18 parks and a notice', async ({ newContext }) => {
  const page = await listPage(newContext);
  await page.goto('/?lang=en');
  await page.waitForSelector('.list-only');
  await page.waitForSelector('.park-item');
  // Every park has its row, in plan order.
  const ids = await page.locator('.park-item').evaluateAll((els) => els.map((el) => el.dataset.parkId));
  assert.deepEqual(ids, PARK_IDS);
  assert.equal(ids.length, 18);
  assert.match(await page.locator('.notice').first().innerText(), /WebGL2/);
  await screenshot(page, 'no-webgl');
});

test('layer toggles hide basemap and app layers alike, from the link and the Layers panel, across a language switch', async ({
  page,
}) => {
  const visibility = (ids) =>
    page.evaluate((ids) => ids.map((id) => window.__haidianMap.getLayoutProperty(id, 'visibility') ?? 'visible'), ids);
  await page.goto('/?lang=zh&hide=roads,parks');
  await waitForMapIdle(page);
  assert.deepEqual(await visibility(['roads-line', 'roads-label', 'parks-circle', 'parks-label', 'towns-line']), [
    'none',
    'none',
    'none',
    'none',
    'visible',
  ]);
  assert.equal((await renderedFeatures(page, ['parks-circle'])).length, 0, 'no park drawn while parks are off');

  // A language switch changes the style and re-adds the app's layers: they stay hidden.
  await page.getByRole('button', { name: /切换语言到英文/ }).click();
  await page.waitForURL(/lang=en/);
  // The style has been rebuilt in English and the app's layers re-added (the idle flag can still be set from before
  // the switch, and on a loaded machine the layers come back a moment after the labels change language).
  await page.waitForFunction(() => {
    const map = window.__haidianMap;
    return (
      /name_en.*name_zh/.test(JSON.stringify(map.getLayoutProperty('parks-label', 'text-field'))) &&
      map.getLayoutProperty('parks-circle', 'visibility') === 'none'
    );
  });
  await waitForMapIdle(page);
  assert.deepEqual(await visibility(['roads-line', 'parks-circle', 'parks-label']), ['none', 'none', 'none']);

  // The Layers panel turns parks back on and towns off; the link follows.
  await page.locator('details.layers summary').click();
  await page.getByRole('checkbox', { name: 'Industrial parks' }).check();
  await page.getByRole('checkbox', { name: 'Towns', exact: true }).uncheck();
  await waitForMapIdle(page);
  assert.deepEqual(await visibility(['parks-circle', 'towns-line', 'towns-label', 'roads-line']), [
    'visible',
    'none',
    'none',
    'none',
  ]);
  const ids = new Set((await renderedFeatures(page, ['parks-circle'])).map((f) => f.properties.id));
  assert.equal(ids.size, 18);
  const hide = new URL(page.url()).searchParams.get('hide')?.split(',').sort();
  assert.deepEqual(hide, ['roads', 'towns']);
});

test('a link that opens a park shows that park, in view and close up, not the whole district', async ({ page }) => {
  // 翠湖御芝产业园, in the far west: at the district view it is a small ring among others.
  const id = 'cuihu-yuzhi-industrial-park';
  await page.goto(`/?lang=en&park=${id}`);
  await page.locator('.park-card h2').waitFor();
  await page.waitForFunction(() => window.__haidianMap?.loaded() && !window.__haidianMap.isMoving());
  await waitForMapIdle(page);
  const view = await page.evaluate((id) => {
    const map = window.__haidianMap;
    const [f] = map.querySourceFeatures('parks', { filter: ['==', ['get', 'id'], id] });
    const { x, y } = map.project(f.geometry.coordinates);
    const canvas = map.getCanvas();
    return { zoom: map.getZoom(), x, y, w: canvas.clientWidth, h: canvas.clientHeight };
  }, id);
  assert.ok(view.zoom >= 13 - 1e-6, `zoom ${view.zoom}`);
  assert.ok(view.x > 0 && view.x < view.w && view.y > 0 && view.y < view.h, `the park at ${view.x},${view.y}`);
  const drawn = await renderedFeatures(page, ['parks-circle']);
  assert.ok(
    drawn.some((f) => f.properties.id === id),
    'the park is drawn',
  );
  await screenshot(page, 'map-park-link-en');
});
