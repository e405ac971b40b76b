// Correcting sites end to end (issue 13): `?edit=1&park=…` opens the editor on a park; dragging the marker moves the
// draft point (kept in localStorage); typed GCJ-02 coordinates move another park to their WGS-84 position, where the
// marker and the draft's placement region are drawn; after a reload both drafts are still there; the exported patch is
// applied with `npm run data:apply` to a scratch copy of the project, which is rebuilt: the rebuilt app draws the park
// at its new point and states the nearest-station interval the editor showed for the draft.
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import gcoord from 'gcoord';
import { test, waitForMapIdle, screenshot } from './fixtures.mjs';
import { startServer } from '../../scripts/browser.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DATA = JSON.parse(readFileSync(path.join(ROOT, 'data/parks.geojson'), 'utf8')).features;
// 东升科技园（海开）: the plan names 东升镇. AMap (GCJ-02) shows 116.376236, 40.043388 for the WGS-84 point
// 116.37, 40.042, 314 m from the park's point in the data and still in 东升镇 (tests/unit/lib/site-draft.test.ts).
const HAIKAI = 'dongsheng-science-park-haikai';
const WAS = DATA.find((f) => f.properties.id === HAIKAI);
const AT = [116.37, 40.042];

/** Waits until the camera has stopped (the selection's fly-to, the editor's ease) and the map is idle. */
async function settle(page) {
  await page.waitForFunction(() => window.__haidianMap && !window.__haidianMap.isMoving(), null, { timeout: 15000 });
  await waitForMapIdle(page);
}

/** The centre of the editor's marker, and where the map projects `lngLat`, in page pixels. */
async function markerAndProjection(page, lngLat) {
  const box = await page.locator('.editor-marker').boundingBox();
  const projected = await page.evaluate((p) => {
    const map = window.__haidianMap;
    const rect = map.getCanvas().getBoundingClientRect();
    const { x, y } = map.project(p);
    return { x: rect.left + x, y: rect.top + y };
  }, lngLat);
  return { marker: { x: box.x + box.width / 2, y: box.y + box.height / 2 }, projected };
}

// 翠湖御芝产业园 (placed at area level in 温泉镇): dragged on the map.
const CUIHU = 'cuihu-yuzhi-industrial-park';
const CUIHU_WAS = DATA.find((f) => f.properties.id === CUIHU);

/** A scratch copy of the project (its sources and data; node_modules linked) to apply the patch to and rebuild. */
function scratchProject() {
  const dir = mkdtempSync(path.join(tmpdir(), 'haidian-apply-'));
  for (const entry of [
    'src',
    'data',
    'geo',
    'scripts',
    'public',
    'index.html',
    'package.json',
    'tsconfig.json',
    'vite.config.ts',
  ])
    if (existsSync(path.join(ROOT, entry))) cpSync(path.join(ROOT, entry), path.join(dir, entry), { recursive: true });
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

test.describe(() => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('drag one park, type GCJ-02 coordinates for another, reload, export, apply with data:apply, rebuild: the app shows the new site', async ({
    page,
  }) => {
    // Applying the patch to a copy and rebuilding it takes about half a minute more than the editor itself.
    test.setTimeout(300_000);
    await page.goto(`/?lang=en&edit=1&park=${CUIHU}`);
    const editor = page.getByRole('region', { name: "Correct a park's location" });
    await editor.waitFor();
    assert.equal(await editor.getByLabel('Park', { exact: true }).inputValue(), CUIHU);
    await settle(page);

    // Drag the marker 80 px right and 40 px down: the draft point follows, and is stored in the browser.
    const start = await markerAndProjection(page, CUIHU_WAS.geometry.coordinates);
    assert.ok(
      Math.hypot(start.marker.x - start.projected.x, start.marker.y - start.projected.y) < 2,
      'the marker sits on the park',
    );
    await page.mouse.move(start.marker.x, start.marker.y);
    await page.mouse.down();
    await page.mouse.move(start.marker.x + 80, start.marker.y + 40, { steps: 10 });
    await page.mouse.up();
    await editor.getByText(/ from the point in the data$/).waitFor();
    const stored = JSON.parse(await page.evaluate(() => localStorage.getItem('haidian-site-editor-drafts-v1')));
    const dragged = stored.drafts[CUIHU].draft.point;
    assert.ok(
      dragged[0] > CUIHU_WAS.geometry.coordinates[0] && dragged[1] < CUIHU_WAS.geometry.coordinates[1],
      `dragged to ${dragged}`,
    );

    // Another park: type AMap's coordinates (GCJ-02), shown in WGS-84, then the point moves there.
    await editor.getByLabel('Park', { exact: true }).selectOption(HAIKAI);
    await settle(page);
    const [gcjLng, gcjLat] = gcoord.transform(AT, gcoord.WGS84, gcoord.GCJ02);
    await editor.getByLabel('Datum').selectOption('gcj02');
    await editor.getByLabel('Coordinates (longitude, latitude)').fill(`${gcjLng.toFixed(6)}, ${gcjLat.toFixed(6)}`);
    await editor.getByText('In WGS-84: 116.370000, 40.042000').waitFor();
    await editor.getByRole('button', { name: 'Move the point here' }).click();
    await editor.getByText('Point now (WGS-84): 116.370000, 40.042000').waitFor();
    await editor.getByText('310 m from the point in the data').waitFor();
    const live = editor.getByRole('status', { name: 'Live check' });
    assert.match(await live.innerText(), /Dongsheng Town/);
    assert.match(await live.innerText(), /Nearest station \(after the plan\)\s+\S/);
    // The draft's nearest-station interval now, as the editor states it (before its "(was …)" note).
    const draftNow = await live
      .locator('dd')
      .nth(2)
      .evaluate((dd) => dd.firstChild.textContent.trim());
    await settle(page);
    const moved = await markerAndProjection(page, AT);
    assert.ok(
      Math.hypot(moved.marker.x - moved.projected.x, moved.marker.y - moved.projected.y) < 2,
      'the marker sits on the typed point',
    );
    const drawn = await page.evaluate(
      () => window.__haidianMap.queryRenderedFeatures({ layers: ['editor-fill'] }).length,
    );
    assert.ok(drawn > 0, "the draft's placement region is drawn");
    await screenshot(page, 'editor-gcj02-1280');

    // A reload keeps both drafts.
    await page.reload();
    await editor.waitFor();
    await editor.getByRole('heading', { name: 'Drafts (2)' }).waitFor();

    // Review, then download: each park exactly as in data/parks.geojson but for its point.
    await editor.getByRole('button', { name: 'Review and export a patch' }).click();
    const review = editor.getByRole('region', { name: 'Review before export' });
    assert.match(await review.innerText(), /→ 116\.370000, 40\.042000/);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      review.getByRole('button', { name: 'Download the patch' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^haidian-park-patch-\d{4}-\d{2}-\d{2}\.geojson$/);
    const patchPath = await download.path();
    const text = readFileSync(patchPath, 'utf8');
    const patch = JSON.parse(text);
    assert.deepEqual(Object.keys(patch), ['type', 'patch', 'features']);
    assert.equal(patch.patch.format, 'haidian-site-finder/park-patch');
    // Sorted by the plan's order: 东升科技园（海开） (seq 6), then 翠湖御芝 (seq 12).
    assert.deepEqual(
      patch.features.map((f) => f.properties.id),
      [HAIKAI, CUIHU],
    );
    const [f, g] = patch.features;
    assert.deepEqual(f.geometry, { type: 'Point', coordinates: AT });
    assert.deepEqual(f.properties, WAS.properties, 'every property as in the data (the geocode was not edited)');
    assert.deepEqual(Object.keys(f.properties), Object.keys(WAS.properties), 'in the data file’s key order');
    // Written to six decimals (about 0.1 m), like the data file.
    assert.deepEqual(
      g.geometry.coordinates,
      dragged.map((x) => Number(x.toFixed(6))),
    );
    assert.ok(!Number.isNaN(Date.parse(f.editedAt)), `editedAt ${f.editedAt}`);
    assert.ok(text.endsWith('}\n'));

    // A maintainer applies it to a copy of the project and rebuilds.
    const dir = scratchProject();
    let server = null;
    try {
      const out = execFileSync(
        process.execPath,
        [path.join(ROOT, 'tools/data/apply-patch.mjs'), patchPath, '--data', path.join(dir, 'data/parks.geojson')],
        { cwd: ROOT, encoding: 'utf8' },
      );
      assert.match(out, /dongsheng-science-park-haikai/);
      const applied = JSON.parse(readFileSync(path.join(dir, 'data/parks.geojson'), 'utf8')).features;
      assert.deepEqual(applied.find((x) => x.properties.id === HAIKAI).geometry.coordinates, AT);
      execFileSync(
        process.execPath,
        [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'],
        {
          cwd: dir,
          stdio: 'pipe',
          timeout: 240_000,
        },
      );
      server = await startServer({ dist: path.join(dir, 'dist') });

      // The rebuilt app: the park drawn at its new point, and the card states the interval the editor showed.
      await page.goto(`${server.url}?lang=en&park=${HAIKAI}`);
      await page.locator('.park-card h2').waitFor();
      await settle(page);
      const at = await page.evaluate((id) => {
        const map = window.__haidianMap;
        const [f] = map.querySourceFeatures('parks', { filter: ['==', ['get', 'id'], id] });
        return f.geometry.coordinates;
      }, HAIKAI);
      assert.ok(Math.abs(at[0] - AT[0]) < 2e-4 && Math.abs(at[1] - AT[1]) < 2e-4, `drawn at ${at}`);
      assert.equal(await page.locator('.transit-scenarios [data-scenario="now"] dd').innerText(), draftNow);
      await screenshot(page, 'editor-applied-rebuilt-1280');
    } finally {
      server?.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
