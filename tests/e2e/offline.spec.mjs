// Offline use: after one visit the service worker has precached the build; with the network cut and the server gone,
// a reload opens the app, the map draws the 18 parks, and the filters work.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startServer } from '../../scripts/browser.mjs';
import { test, waitForMapIdle, waitForRenderedIds, screenshot } from './fixtures.mjs';

const PARKS = JSON.parse(readFileSync(new URL('../../data/parks.geojson', import.meta.url), 'utf8')).features.map(
  (f) => f.properties,
);

// This test's own server (the one of the whole run must stay up) and a context that lets the service worker run.
test.use({ serviceWorkers: 'allow' });

test('after the first visit the app opens and works with no network and no server', async ({ page, context }) => {
  const server = await startServer();
  try {
    await page.goto(`${server.url}?lang=en`);
    await waitForMapIdle(page);
    const labelCount = () =>
      page.evaluate(() => window.__haidianMap.queryRenderedFeatures({ layers: ['parks-label'] }).length);
    const onlineLabels = await labelCount();
    assert.ok(onlineLabels >= 4, `labels online: ${onlineLabels}`);

    // The worker installs (precaching the whole build) before it activates, so an active worker means a full cache.
    // It does not claim this first page; the next load (the offline reload below) is served by it.
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(
      async () => (await navigator.serviceWorker.getRegistration())?.active?.state === 'activated',
      null,
      { timeout: 30000, polling: 200 },
    );
    const cached = await page.evaluate(async () => {
      const urls = [];
      for (const name of await caches.keys()) {
        if (!name.includes('precache')) continue;
        const cache = await caches.open(name);
        urls.push(...(await cache.keys()).map((r) => new URL(r.url).pathname));
      }
      return urls;
    });
    assert.ok(
      cached.some((u) => u.endsWith('/index.html')),
      'index.html precached',
    );
    assert.ok(
      cached.some((u) => /\/assets\/index-.*\.js$/.test(u)),
      'app script precached',
    );
    assert.ok(
      cached.some((u) => /maplibre-gl-worker.*\.mjs$/.test(u)),
      'map worker precached',
    );
    assert.ok(
      cached.some((u) => /\/glyphs\/Noto%20Sans%20Bold\/19968-20223\.pbf$/.test(u)),
      'label glyphs precached',
    );
    assert.ok(
      cached.some((u) => /\/assets\/app-data-.*\.json$/.test(u)),
      'the app data precached',
    );
    assert.ok(
      cached.some((u) => /\/assets\/roads-.*\.json$/.test(u)),
      'basemap data precached',
    );

    // Cut the network and stop the server.
    server.stop();
    await context.setOffline(true);
    const down = await fetch(server.url).then(
      () => false,
      () => true,
    );
    assert.ok(down, 'the preview server is gone');

    await page.reload();
    await page.locator('#root h1').waitFor();
    assert.ok(
      await page.evaluate(() => navigator.serviceWorker.controller !== null),
      'the page is served by the service worker',
    );
    assert.match(await page.locator('#root h1').innerText(), /Haidian Site Finder/);
    await waitForMapIdle(page);
    await waitForRenderedIds(
      page,
      'parks-circle',
      PARKS.map((p) => p.id),
    );
    // Labels draw from the cached glyph files, as many as online (same camera, kept in the hash).
    await page.waitForFunction(
      (n) => window.__haidianMap.queryRenderedFeatures({ layers: ['parks-label'] }).length >= n,
      onlineLabels,
    );

    // A filter still works: list count and map follow.
    const biomed = PARKS.filter((p) => p.industries.includes('biomed'));
    await page.locator('.filters .chip', { hasText: 'Biomedicine' }).first().click();
    await page.waitForFunction(
      (n) => document.querySelector('.result-bar')?.textContent.includes(`${n} of 18 parks`),
      biomed.length,
    );
    await waitForRenderedIds(
      page,
      'parks-circle',
      biomed.map((p) => p.id),
    );
    await screenshot(page, 'offline-en');
  } finally {
    server.stop();
  }
});
