// Filtered-out parks stay in the map's parks source, transparent and of radius 0 by feature-state (issue 15): they must
// still be not drawn, not named, not hoverable and not clickable; in the "dim" mode they are drawn faint and clickable.
import assert from 'node:assert/strict';
import { test, waitForMapIdle, waitForRenderedIds, renderedFeatures } from './fixtures.mjs';

const SHOWN = ['zgc-xibeiwang-science-park-phase-1', 'zgc-yongfeng-xinyu-phase-1'];

/** A park not in `shown` whose point no other park or project covers, and its page position. */
const hiddenTarget = (page, shown) =>
  page.evaluate((shownIds) => {
    const map = window.__haidianMap;
    const r = map.getCanvas().getBoundingClientRect();
    for (const f of map.querySourceFeatures('parks')) {
      if (shownIds.includes(f.properties.id)) continue;
      const p = map.project(f.geometry.coordinates);
      if (p.x < 40 || p.y < 40 || p.x > r.width - 40 || p.y > r.height - 40) continue;
      const under = map.queryRenderedFeatures(p, { layers: ['parks-circle', 'projects-circle'] });
      if (under.every((u) => u.properties.id === f.properties.id))
        return { id: f.properties.id, x: r.left + p.x, y: r.top + p.y };
    }
    return null;
  }, shown);

test('a filtered-out park is not drawn, named, hovered or clicked; dimmed, it is drawn and clickable', async ({
  page,
}) => {
  await page.goto(`/?lang=en&ind=ai&town=xibeiwang-town`);
  await waitForMapIdle(page);
  await waitForRenderedIds(page, 'parks-circle', SHOWN);
  // Still in the source (feature-state hides it), but not drawn: radius 0 and opacity 0.
  const all = await page.evaluate(() => window.__haidianMap.queryRenderedFeatures({ layers: ['parks-circle'] }));
  assert.ok(all.length > SHOWN.length, 'the hidden parks are still features of the layer');
  const labels = new Set((await renderedFeatures(page, ['parks-label'])).map((f) => f.properties.id));
  assert.ok(
    [...labels].every((id) => SHOWN.includes(id)),
    `only shown parks are named: ${[...labels]}`,
  );

  const target = await hiddenTarget(page, SHOWN);
  assert.ok(target, 'some hidden park lies clear of the others');
  await page.mouse.move(target.x, target.y, { steps: 2 });
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => getComputedStyle(window.__haidianMap.getCanvas()).cursor), 'grab');
  await page.mouse.click(target.x, target.y);
  await page.waitForTimeout(500);
  assert.equal(await page.getByRole('article').count(), 0, 'no park card for a hidden park');
  assert.doesNotMatch(page.url(), new RegExp(`park=${target.id}`));

  // Dimmed instead of hidden (the Layers panel's switch, on the same page; the link says dim=1): every park is drawn
  // (faint), the hidden one is clickable, names still only for the shown.
  await page.locator('details.layers summary').click();
  await page.getByRole('checkbox', { name: 'Dim other parks' }).check();
  await page.locator('details.layers summary').click();
  await page.waitForFunction(() => new URLSearchParams(location.search).get('dim') === '1');
  await waitForMapIdle(page);
  await page.waitForFunction(() => window.__drawnFeatures({ layers: ['parks-circle'] }).length > 2, null, {
    timeout: 15000,
  });
  const dimmed = await page.evaluate(
    (id) => window.__drawnFeatures({ layers: ['parks-circle'] }).find((f) => f.properties.id === id)?.layer.paint,
    target.id,
  );
  assert.ok(dimmed && dimmed['circle-opacity'] > 0 && dimmed['circle-opacity'] < 0.2, 'the hidden park is faint');
  const labels2 = new Set((await renderedFeatures(page, ['parks-label'])).map((f) => f.properties.id));
  assert.ok(
    [...labels2].every((id) => SHOWN.includes(id)),
    'dimmed parks are not named',
  );
  const again = await hiddenTarget(page, SHOWN);
  await page.mouse.click(again.x, again.y);
  await page.getByRole('article').waitFor();
  await page.waitForFunction((id) => location.search.includes(`park=${id}`), again.id);
});
