// The end-to-end fixtures: one Chromium per worker (playwright.config.mjs), a fresh context per test.
// Every context of a test — the default `context`/`page`, and any opened with `newContext` — blocks each request that
// leaves 127.0.0.1 (recorded in `offRequests`) and records uncaught page errors (in `errors`). Both must be empty when
// the test ends: the check runs in the fixture's teardown, so a test need not assert it (it may, earlier, to name a step).
import { test as base } from '@playwright/test';
import { treeCpuTicks, logCpu } from '/tmp/ts-bench/cpu-fixture.mjs';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { NO_WEBGL_ARGS } from '../../scripts/browser.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SCREENSHOTS = path.join(ROOT, 'test-results', 'screenshots');

/**
 * In every page: `window.__drawnFeatures(options)`, the map's queryRenderedFeatures without the features painted with
 * opacity 0. Filtered-out parks stay in the parks source, transparent by feature-state (src/lib/park-states.ts), and
 * MapLibre returns them too; the app ignores them for hover and click the same way (src/map/use-park-states.ts isDrawn).
 */
function installDrawnFeatures() {
  const OPACITIES = ['circle-opacity', 'icon-opacity', 'text-opacity', 'fill-opacity', 'line-opacity'];
  const drawn = (f) => {
    const paint = f.layer.paint ?? {};
    const ops = OPACITIES.filter((k) => typeof paint[k] === 'number');
    return !ops.length || ops.some((k) => paint[k] > 0) || paint['circle-stroke-opacity'] > 0;
  };
  window.__drawnFeatures = (...args) => window.__haidianMap.queryRenderedFeatures(...args).filter(drawn);
}

/** Blocks every request that leaves 127.0.0.1 and records it; records uncaught errors of every page of the context. */
async function guard(context, { offRequests, errors }) {
  await context.addInitScript(installDrawnFeatures);
  await context.route('**/*', (route) => {
    const u = new URL(route.request().url());
    if (u.protocol === 'data:' || u.protocol === 'blob:' || u.hostname === '127.0.0.1') return route.continue();
    offRequests.push(route.request().url());
    return route.abort();
  });
  // The context's weberror and the page's pageerror both report an uncaught error; either way MapLibre's own race
  // (UPSTREAM_ERRORS) is tolerated.
  const record = (e) => {
    if (!UPSTREAM_ERRORS.some((re) => re.test(String(e)))) errors.push(String(e));
  };
  context.on('weberror', (e) => record(e.error()));
  const watch = (page) => page.on('pageerror', record);
  context.pages().forEach(watch);
  context.on('page', watch);
}

/**
 * Errors of MapLibre itself, not of the app, tolerated by the error check: one frame's symbol placement racing a
 * style rebuild (a basemap or datum switch) throws from VertexBuffer.updateData ("Length of new data is 15, which
 * doesn't match current length of 0"); the next frame draws normally. Seen in about 1 run in 5 of the basemap
 * switching test (maplibre-gl 6.17.0); README, Known limits.
 */
const UPSTREAM_ERRORS = [/^Error: Length of new data is \d+, which doesn't match current length of 0$/];

export const test = base.extend({
  cpuMeter: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use, testInfo) => {
      const t0 = treeCpuTicks();
      const w0 = Date.now();
      await use();
      logCpu(testInfo.title, treeCpuTicks() - t0, Date.now() - w0);
    },
    { auto: true },
  ],
  /** Every blocked request to another host, in all contexts of the test. */
  // eslint-disable-next-line no-empty-pattern
  offRequests: async ({}, use) => {
    await use([]);
  },
  /** Every uncaught page error, in all contexts of the test. */
  // eslint-disable-next-line no-empty-pattern
  errors: async ({}, use) => {
    await use([]);
  },
  /** Both must be empty at the end of every test. */
  offlineAndErrorFree: [
    async ({ offRequests, errors }, use) => {
      await use();
      assert.deepEqual(offRequests, [], 'no request left 127.0.0.1');
      assert.deepEqual(errors, [], 'no uncaught error in the page');
    },
    { auto: true },
  ],
  context: async ({ context, offRequests, errors }, use) => {
    await guard(context, { offRequests, errors });
    await use(context);
  },
  /**
   * One browser launched without WebGL per worker, started the first time a test asks for it (newContext's
   * `{ webgl: false }`) and shared by the tests after it: each still gets a fresh context of its own.
   */
  noWebglBrowser: [
    async ({ playwright, launchOptions }, use) => {
      let launched = null;
      await use(
        () =>
          (launched ??= playwright.chromium.launch({
            ...launchOptions,
            headless: true,
            // No GPU process either: with no WebGL, SwiftShader would only composite the page, which Skia's software
            // path does for less.
            args: [...(launchOptions.args ?? []), ...NO_WEBGL_ARGS, '--disable-gpu'],
          })),
      );
      if (launched) await (await launched).close();
    },
    { scope: 'worker' },
  ],
  /**
   * Opens another fresh context (guarded like the default one, closed after the test), e.g. a second visitor opening
   * a shared link, or another viewport: `await newContext({ viewport })`; it takes the test's viewport, service worker
   * and reduced-motion settings unless told otherwise. `{ webgl: false }` opens it in the worker's
   * browser without WebGL: the list view, for checks that need no map (a page there loads no map code at all).
   */
  newContext: async (
    { browser, noWebglBrowser, baseURL, viewport, serviceWorkers, reducedMotion, offRequests, errors },
    use,
  ) => {
    const opened = [];
    await use(async ({ webgl = true, ...options } = {}) => {
      const from = webgl ? browser : await noWebglBrowser();
      const context = await from.newContext({ baseURL, viewport, serviceWorkers, reducedMotion, ...options });
      opened.push(context);
      await guard(context, { offRequests, errors });
      return context;
    });
    for (const it of opened) await it.close();
  },
});

/** A fresh page in the list view (a browser without WebGL), guarded like every other, closed after the test. */
export async function listPage(newContext, options = {}) {
  return (await newContext({ webgl: false, ...options })).newPage();
}

/**
 * Waits until the app has started on the page (main.tsx sets `data-start` on <html> once it has rendered or begun to
 * hydrate the prerendered view): the prerendered list is on screen before that, but a click on it would be lost.
 * Tests in the list view use it where others wait for the map.
 */
export async function waitForApp(page) {
  await page.waitForFunction(() => document.documentElement.dataset.start !== undefined);
}

/** Waits until the map container reports idle (set by the app on MapLibre's `idle`). */
export async function waitForMapIdle(page, timeout = 30000) {
  await page.waitForSelector('.map-wrap[data-map-idle="true"]', { timeout });
}

/**
 * Rendered features of a layer, with their properties, through the app's map instance (`window.__haidianMap`): only
 * those drawn (not transparent by feature-state: `__drawnFeatures`).
 */
export async function renderedFeatures(page, layers) {
  return page.evaluate((ls) => {
    return window.__drawnFeatures({ layers: ls }).map((f) => ({ layer: f.layer.id, properties: f.properties }));
  }, layers);
}

/**
 * With the page's clock installed (`page.clock.install()` before the page loads), stands in for waiting `timerMs` in real
 * time for one of the app's timers (a style or tile host that never answers): moves the clock on to just short of
 * `timerMs` after `since` (a page time before the timer was set, so the jump cannot pass it), then in small steps until
 * `locator` shows. Returns how far the clock was moved, ms: page time elapsed = real time elapsed + that.
 */
export async function forwardUntilVisible(page, locator, { since, timerMs, stepMs = 100, maxMs = 15_000 }) {
  const elapsed = (await page.evaluate(() => Date.now())) - since;
  let moved = Math.max(0, timerMs - elapsed - 2 * stepMs);
  if (moved) await page.clock.fastForward(moved);
  while (moved < maxMs && !(await locator.isVisible())) {
    await page.clock.fastForward(stepMs);
    moved += stepMs;
  }
  return moved;
}

/**
 * A screenshot to look at, in test-results/screenshots/<name>.png (ignored by git), when E2E_SCREENSHOTS is set
 * (`E2E_SCREENSHOTS=1 npx playwright test`): a page screenshot costs a few hundred milliseconds under SwiftShader, and
 * the suite takes about eighty, so a plain run takes none. A failing test leaves its own (playwright.config.mjs).
 */
export async function screenshot(page, name) {
  if (!process.env.E2E_SCREENSHOTS) return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

/**
 * Waits until the ids of the features drawn in `layer` equal `ids` (sorted), then returns them.
 * Use after a change: the idle flag can still be set from before the change reaches the map.
 */
export async function waitForRenderedIds(page, layer, ids, timeout = 15000) {
  const want = [...ids].sort();
  await page.waitForFunction(
    ({ layer, want }) => {
      const map = window.__haidianMap;
      if (!map || !map.loaded()) return false;
      const got = [...new Set(window.__drawnFeatures({ layers: [layer] }).map((f) => f.properties.id))].sort();
      return JSON.stringify(got) === JSON.stringify(want);
    },
    { layer, want },
    { timeout, polling: 100 },
  );
  return want;
}

/** Brings the park's row into the middle of the list (all rows are rendered, in flow) and returns it. */
export async function listItem(page, id) {
  await page.evaluate((parkId) => {
    document.querySelector(`.park-list [data-park-id="${parkId}"]`)?.scrollIntoView({ block: 'center' });
  }, id);
  return page.locator(`.park-item[data-park-id="${id}"]`);
}

/** Decodes PNG bytes in the page (an <img> drawn on a canvas): { width, height, data } with RGBA bytes. */
export async function decodePng(page, bytes) {
  const { width, height, b64 } = await page.evaluate(
    async (src) => {
      const img = new Image();
      img.src = src;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.naturalWidth;
      c.height = img.naturalHeight;
      const ctx = c.getContext('2d');
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, c.width, c.height).data;
      let bin = '';
      for (let i = 0; i < data.length; i += 0x8000) bin += String.fromCharCode(...data.subarray(i, i + 0x8000));
      return { width: c.width, height: c.height, b64: btoa(bin) };
    },
    `data:image/png;base64,${bytes.toString('base64')}`,
  );
  return { width, height, data: Buffer.from(b64, 'base64') };
}

/** The [r, g, b] of a decoded PNG at (x, y), rounded to whole pixels. */
export function pixel(png, x, y) {
  const i = (Math.round(y) * png.width + Math.round(x)) * 4;
  return [png.data[i], png.data[i + 1], png.data[i + 2]];
}
