// Faults: an online basemap that fails or hangs, a missing glyph file, a WebGL context lost mid-session.
// The app keeps working in each case and says what happened.
import assert from 'node:assert/strict';
import { test, waitForMapIdle, renderedFeatures, screenshot, forwardUntilVisible } from './fixtures.mjs';

const parkIds = async (page) => new Set((await renderedFeatures(page, ['parks-circle'])).map((f) => f.properties.id));

// The CSP lets the page connect only to itself (and a configured basemap origin), so a same-origin style URL that
// 404s or never answers is the realistic failure; a refused port on another origin is blocked by the CSP alike.
for (const fault of [
  { name: 'refused (127.0.0.1:9)', url: 'http://127.0.0.1:9/style.json' },
  { name: 'not found (404)', path: 'missing-style.json', route: (r) => r.fulfill({ status: 404, body: 'nope' }) },
  {
    name: 'left hanging (no answer)',
    path: 'slow-style.json',
    route: () => {
      /* never fulfilled */
    },
    // The app gives a style up after 6 s: on the page's clock, moved forward rather than waited for.
    timerMs: 6000,
  },
]) {
  test(`an online basemap that is ${fault.name} falls back to the embedded basemap with a notice`, async ({
    page,
    context,
    baseURL,
  }) => {
    if (fault.route) await context.route(`**/${fault.path}`, fault.route);
    const url = fault.url ?? `${baseURL}${fault.path}`;
    if (fault.timerMs) await page.clock.install();
    const t0 = Date.now();
    await page.goto(`/?lang=en&basemap=${encodeURIComponent(url)}`);
    await waitForMapIdle(page);
    assert.equal((await parkIds(page)).size, 18, 'the parks draw on the embedded basemap');
    // The embedded basemap's own layers are there (water from geo/).
    assert.ok(await page.evaluate(() => Boolean(window.__haidianMap.getLayer('water-fill'))));
    const notice = page.locator('.notice', { hasText: 'online basemap failed' });
    const forwardedMs = fault.timerMs
      ? await forwardUntilVisible(page, notice, { since: t0, timerMs: fault.timerMs })
      : 0;
    await notice.waitFor({ timeout: 10000 });
    // On the page's clock: the time waited, and the time moved forward.
    const seconds = (Date.now() - t0 + forwardedMs) / 1000;
    assert.ok(seconds < 12, `notice within a few seconds, took ${seconds.toFixed(1)} s`);
    // A refused connection logs a console error in Chromium but raises nothing in the page (the fixture checks
    // that `errors` stays empty).
  });
}

test('a missing glyph file: park labels still draw', async ({ page, context }) => {
  // The range of 中 (U+4E2D), in every park name's first characters: MapLibre draws that range with the browser's
  // fonts instead (one warning), the other ranges from their files.
  const missing = [];
  await context.route('**/glyphs/**/19968-20223.pbf', (r) => {
    missing.push(r.request().url());
    return r.fulfill({ status: 404, body: '' });
  });
  await page.goto(`/?lang=zh`);
  await waitForMapIdle(page);
  await page.waitForFunction(
    () => window.__haidianMap.queryRenderedFeatures({ layers: ['parks-label'] }).length >= 8,
    null,
    { timeout: 15000 },
  );
  const labels = await renderedFeatures(page, ['parks-label']);
  assert.ok(labels.length >= 8, `park labels placed: ${labels.length}`);
  assert.ok(missing.length > 0, 'the glyph file was requested and refused');
  await screenshot(page, 'faults-no-glyphs');
});

test('WebGL context lost mid-session: the list shows with a notice, then the map comes back when restored', async ({
  page,
}) => {
  await page.goto(`/?lang=en`);
  await waitForMapIdle(page);
  assert.equal((await parkIds(page)).size, 18);
  await page.evaluate(() => {
    const gl = window.__haidianMap.getCanvas().getContext('webgl2');
    window.__loseContext = gl.getExtension('WEBGL_lose_context');
    window.__loseContext.loseContext();
  });
  await page.waitForSelector('.app.list-only');
  assert.equal(await page.locator('.map-area').isVisible(), false, 'the blank map is hidden');
  const notice = page.locator('.notice', { hasText: 'graphics context lost' });
  await notice.waitFor();
  const box = await notice.boundingBox();
  assert.ok(box && box.y >= 0 && box.y + box.height <= 800, `the notice is on screen: ${JSON.stringify(box)}`);
  assert.equal(await page.locator('.park-item').first().isVisible(), true, 'the list is shown');
  // The list keeps working while the map is away: a filter changes the count.
  await page.locator('.filters .chip').first().click();
  await page.locator('.result-count, .result-bar').first().waitFor();
  const countText = await page.locator('.result-bar').first().innerText();
  assert.match(countText, /of 18 parks/);
  assert.doesNotMatch(countText, /18 of 18/);
  await screenshot(page, 'faults-context-lost');

  await page.evaluate(() => window.__loseContext.restoreContext());
  await page.waitForFunction(() => !document.querySelector('.app.list-only'));
  await waitForMapIdle(page);
  assert.equal(await page.locator('.map-area').isVisible(), true);
  assert.equal(
    await page.locator('.notice', { hasText: 'graphics context lost' }).count(),
    0,
    'the notice goes with the fault',
  );
  // The map draws again, with the filter chosen meanwhile.
  await page.waitForFunction(
    () => {
      const m = window.__haidianMap;
      return m.loaded() && window.__drawnFeatures({ layers: ['parks-circle'] }).length > 0;
    },
    null,
    { timeout: 15000 },
  );
  const ids = await parkIds(page);
  assert.ok(ids.size > 0 && ids.size < 18, `filtered parks drawn after restore: ${ids.size}`);
  await screenshot(page, 'faults-context-restored');
});

test('a data file that cannot be fetched: the page says which and why, in both languages, not a blank page', async ({
  page,
  context,
  errors,
}) => {
  // The parks, towns and transit come as one JSON file fetched before the app runs (scripts/vite-plugin-data.ts).
  await context.route(/\/assets\/app-data-[\w-]+\.json$/, (r) => r.fulfill({ status: 404, body: '' }));
  await page.goto('/?lang=en');
  const alert = page.getByRole('alert');
  await alert.waitFor();
  const text = await alert.innerText();
  assert.match(text, /无法加载园区数据（app-data-[\w-]+\.json：HTTP 404）。请检查网络连接后刷新页面。/);
  assert.match(text, /The park data could not be loaded \(app-data-[\w-]+\.json: HTTP 404\)\. Check the connection/);
  // The module's rejection is the only uncaught error (seen by the page and the context): the app does not start on
  // missing data.
  assert.ok(errors.length > 0);
  for (const e of errors) assert.match(e, /app data .*app-data-[\w-]+\.json: HTTP 404/);
  errors.length = 0;
});
