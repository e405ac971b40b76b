// The site editor in Chromium (issue 13, part 1), in one page load: `?edit=1&park=…` opens it on the park; dragging the
// marker moves the draft point (kept in localStorage); typed GCJ-02 coordinates move it to their WGS-84 position,
// where the marker and the draft's placement region are drawn; the exported patch holds the park with the new point.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, waitForMapIdle, screenshot } from './fixtures.mjs';

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

test.describe(() => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('edit=1 opens the editor on the park: drag it, type GCJ-02 coordinates, export the patch', async ({ page }) => {
    await page.goto(`/?lang=en&edit=1&park=${HAIKAI}`);
    const editor = page.getByRole('region', { name: "Correct a park's location" });
    await editor.waitFor();
    assert.equal(await editor.getByLabel('Park', { exact: true }).inputValue(), HAIKAI);
    await settle(page);

    // Drag the marker 80 px right and 40 px down: the draft point follows, and is stored in the browser.
    const start = await markerAndProjection(page, WAS.geometry.coordinates);
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
    const dragged = stored.drafts[HAIKAI].draft.point;
    assert.ok(
      dragged[0] > WAS.geometry.coordinates[0] && dragged[1] < WAS.geometry.coordinates[1],
      `dragged to ${dragged}`,
    );

    // Type AMap's coordinates: shown in WGS-84, then the point moves there.
    await editor.getByLabel('Datum').selectOption('gcj02');
    await editor.getByLabel('Coordinates (longitude, latitude)').fill('116.376236, 40.043388');
    await editor.getByText('In WGS-84: 116.370000, 40.042000').waitFor();
    await editor.getByRole('button', { name: 'Move the point here' }).click();
    await editor.getByText('Point now (WGS-84): 116.370000, 40.042000').waitFor();
    await editor.getByText('310 m from the point in the data').waitFor();
    const live = editor.getByRole('status', { name: 'Live check' });
    assert.match(await live.innerText(), /Dongsheng Town/);
    assert.match(await live.innerText(), /Nearest station \(after the plan\)\s+\S/);
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

    // Review, then download: the park exactly as in data/parks.geojson but for its point.
    await editor.getByRole('button', { name: 'Review and export a patch' }).click();
    const review = editor.getByRole('region', { name: 'Review before export' });
    assert.match(await review.innerText(), /→ 116\.370000, 40\.042000/);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      review.getByRole('button', { name: 'Download the patch' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^haidian-park-patch-\d{4}-\d{2}-\d{2}\.geojson$/);
    const text = readFileSync(await download.path(), 'utf8');
    const patch = JSON.parse(text);
    assert.deepEqual(Object.keys(patch), ['type', 'patch', 'features']);
    assert.equal(patch.patch.format, 'haidian-site-finder/park-patch');
    assert.equal(patch.features.length, 1);
    const [f] = patch.features;
    assert.deepEqual(f.geometry, { type: 'Point', coordinates: AT });
    assert.deepEqual(f.properties, WAS.properties, 'every property as in the data (the geocode was not edited)');
    assert.deepEqual(Object.keys(f.properties), Object.keys(WAS.properties), 'in the data file’s key order');
    assert.ok(!Number.isNaN(Date.parse(f.editedAt)), `editedAt ${f.editedAt}`);
    assert.ok(text.endsWith('}\n'));
  });
});
