// Small things a user reads at a glance (issue 14), in one page load at 1440 × 900: the search box's hint fits in
// it, two link buttons never run together as one phrase, the legend does not cover the map until asked, the page has
// an icon, and nothing it asks for is missing.
import assert from 'node:assert/strict';
import { test, waitForMapIdle, screenshot } from './fixtures.mjs';

test.use({ viewport: { width: 1440, height: 900 } });

test('the search hint fits, the transit filter links stand apart, sorted list rows neither overlap nor gap, the icon loads, no request fails', async ({
  page,
}) => {
  const failed = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  // A transit distance is set, so both links show: "By line and station status" and "Clear transit filter".
  await page.goto('/?lang=en&tk=1');
  await waitForMapIdle(page);

  // The placeholder is not cut: its text is no wider than the box's content area.
  const search = page.getByRole('combobox', { name: 'Search' });
  const fit = await search.evaluate((input) => {
    const cs = getComputedStyle(input);
    const ctx = document.createElement('canvas').getContext('2d');
    ctx.font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
    const room = input.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
    return { text: input.placeholder, width: ctx.measureText(input.placeholder).width, room };
  });
  assert.ok(fit.width <= fit.room, `"${fit.text}" is ${fit.width.toFixed(0)} px in ${fit.room.toFixed(0)} px`);

  // The two links are apart: on one line with a gap of at least 12 px, or on separate lines.
  const more = page.getByRole('button', { name: 'By line and station status' });
  const clear = page.getByRole('button', { name: 'Clear transit filter' });
  await more.scrollIntoViewIfNeeded();
  const [a, b] = [await more.boundingBox(), await clear.boundingBox()];
  const sameLine = Math.abs(a.y - b.y) < a.height / 2;
  assert.ok(!sameLine || b.x - (a.x + a.width) >= 12, `links ${JSON.stringify(a)} and ${JSON.stringify(b)}`);

  // The legend waits closed in its corner: open by itself, it would cover eastern Haidian.
  assert.equal(await page.locator('details.legend').evaluate((d) => d.open), false);
  assert.ok(await page.getByText('Legend', { exact: true }).isVisible());

  // After a sort, the list's rows follow one another exactly: no row drawn over another, no blank gap.
  await clear.click();
  await page.getByText('18 of 18 parks').waitFor();
  await page.getByRole('combobox', { name: 'Sort' }).selectOption('floor');
  const list = page.locator('#park-list');
  for (const y of [0, 600, 1200]) {
    await list.evaluate((el, y) => {
      el.scrollTop = y;
    }, y);
    // The virtual list measures the rows it adds on the next frame.
    await list.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const rows = await list.locator('[role="listitem"]').evaluateAll((els) =>
      els
        .map((el) => {
          const r = el.getBoundingClientRect();
          return { i: Number(el.dataset.index), top: r.top, bottom: r.bottom };
        })
        .sort((a, b) => a.i - b.i),
    );
    assert.ok(rows.length >= 3, `${rows.length} rows rendered`);
    for (let k = 1; k < rows.length; k++)
      assert.ok(
        Math.abs(rows[k].top - rows[k - 1].bottom) < 1,
        `row ${rows[k].i} starts at ${rows[k].top}, row ${rows[k - 1].i} ends at ${rows[k - 1].bottom}`,
      );
  }

  // Back from a card opened from the sorted list, the rows are there at once, where they were, and the next one can be
  // clicked (the list used to come back empty and re-measure, its rows moving under the pointer).
  await list.evaluate((el) => {
    el.scrollTop = 0;
  });
  // The rows in the list's visible box, where they are (after the virtual list's next frame).
  const place = () =>
    list.evaluate(async (el) => {
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const box = el.getBoundingClientRect();
      return [...el.querySelectorAll('[role="listitem"]')]
        .map((row) => ({ i: row.dataset.index, r: row.getBoundingClientRect() }))
        .filter(({ r }) => r.bottom > box.top && r.top < box.bottom)
        .map(({ i, r }) => `${i}@${Math.round(r.top)}`)
        .sort();
    });
  const before = await place();
  for (const i of [0, 1]) {
    await list.locator(`[data-index="${i}"] .park-item`).click({ timeout: 5_000 });
    await page.getByRole('button', { name: 'Back to list' }).click();
    // The button answers first; the list comes back in the frame after.
    await page.locator('.park-card').waitFor({ state: 'detached' });
    assert.deepEqual(await place(), before, `rows after Back from row ${i}`);
  }

  // The page names an icon, and it is served.
  const href = await page.locator('link[rel="icon"]').getAttribute('href');
  const icon = await page.request.get(new URL(href, page.url()).href);
  assert.equal(icon.status(), 200);
  assert.match(icon.headers()['content-type'], /svg/);
  assert.deepEqual(failed, [], 'no request of the page failed');
  await screenshot(page, 'legibility-1440-en');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the map controls cover neither each other nor the attribution', async ({ page }) => {
    await page.goto('/?lang=en');
    await waitForMapIdle(page);
    const box = async (sel) => page.locator(sel).first().boundingBox();
    const boxes = {
      layers: await box('details.layers summary'),
      legend: await box('details.legend summary'),
      measure: await box('.measure-control'),
      zoom: await box('.maplibregl-ctrl-zoom-in'),
      attribution: await box('.maplibregl-ctrl-attrib'),
    };
    const overlap = (a, b) =>
      a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    const names = Object.keys(boxes);
    for (const [i, a] of names.entries())
      for (const b of names.slice(i + 1))
        assert.ok(
          !overlap(boxes[a], boxes[b]),
          `${a} ${JSON.stringify(boxes[a])} overlaps ${b} ${JSON.stringify(boxes[b])}`,
        );
    await screenshot(page, 'legibility-phone-390-en');
  });
});
