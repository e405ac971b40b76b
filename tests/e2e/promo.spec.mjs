// Promotion flows in Chromium: compare three parks from the list, a keyboard tour in presentation mode, the shortlist
// printed to an A4 PDF (text and map image checked with poppler), exports, and the share QR code decoded with jsQR.
import assert from 'node:assert/strict';
import { readFileSync, mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import jsQR from 'jsqr';
import { test, waitForMapIdle, screenshot, listItem, listPage, waitForApp } from './fixtures.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const OUT = path.join(ROOT, 'test-results');
const PARKS = JSON.parse(readFileSync(path.join(ROOT, 'data/parks.geojson'), 'utf8')).features.map((f) => ({
  ...f.properties,
  coordinates: f.geometry.coordinates,
}));
const byId = (id) => PARKS.find((p) => p.id === id);
/** zh short area as the app writes it: 121000 → "12.1万㎡". */
const zhArea = (m2) => `${Number((m2 / 10000).toFixed(2))}万㎡`;
/** Great-circle km, the same sphere as turf (mean Earth radius 6371.0088 km). */
function km([lng1, lat1], [lng2, lat2]) {
  const r = (d) => (d * Math.PI) / 180;
  const a =
    Math.sin(r(lat2 - lat1) / 2) ** 2 + Math.cos(r(lat1)) * Math.cos(r(lat2)) * Math.sin(r(lng2 - lng1) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(a));
}
const DATA_POINTS = new Map(
  JSON.parse(readFileSync(path.join(ROOT, 'data/parks.geojson'), 'utf8')).features.map((f) => [
    f.properties.id,
    f.geometry.coordinates,
  ]),
);
const squash = (s) => s.replace(/\s+/g, '');

// The comparison and the share panel need no map: the list view (a browser without WebGL).
test('compare three parks picked from the list: the table shows their plan figures and distances', async ({
  newContext,
}) => {
  const page = await listPage(newContext);
  await page.goto(`/?lang=zh`);
  await waitForApp(page);
  const ids = ['zgc-bonded-zone-phase-1', 'zgc-wenquan-science-park-phase-2', 'ic-design-park-phase-2'];
  for (const id of ids) {
    await (await listItem(page, id)).click();
    await page.getByRole('button', { name: '加入对比' }).click();
    await page.getByRole('button', { name: /返回列表/ }).click();
  }
  const tray = page.getByRole('region', { name: '对比栏' });
  assert.equal(await tray.locator('li').count(), 3);
  await tray.getByRole('button', { name: /对比 3 个园区/ }).click();
  const dialog = page.getByRole('dialog', { name: '园区对比' });
  await dialog.waitFor();
  assert.match(page.url(), /cmp=zgc-bonded-zone-phase-1,zgc-wenquan-science-park-phase-2,ic-design-park-phase-2/);
  assert.match(page.url(), /view=compare/);

  const cells = (row) => page.locator(`.compare-view tr[data-row="${row}"] td`).allInnerTexts();
  assert.deepEqual((await cells('floor')).map(squash), ['12.1万㎡', '30.4万㎡最大', '3.5万㎡']);
  assert.deepEqual((await cells('above')).map(squash), ['7.9万㎡', '17.9万㎡最大', '规划未给出']);
  assert.deepEqual(await cells('town'), ['温泉镇', '温泉镇', '西北旺镇']);
  // The plan's location and positioning side by side, and what the planned transit works change for each.
  const plan = ids.map((id) => PARKS.find((p) => p.id === id));
  assert.deepEqual(
    (await cells('location')).map(squash),
    plan.map((p) => squash(p.location.zh + p.location.en)),
  );
  assert.deepEqual(
    (await cells('positioning')).map((c) => c.slice(0, 12)),
    plan.map((p) => p.positioning.zh.slice(0, 12)),
  );
  assert.equal((await cells('plan-changes')).length, 3);
  assert.equal(await dialog.locator('tr[data-row="town"]').getAttribute('class'), 'differs');
  for (const row of ['station-now', 'station-plan']) {
    // These three parks are placed at town or area level (±1.5–6.5 km): a range of kilometres, no walking time, never "0 米".
    for (const cell of await cells(row)) {
      assert.match(
        cell,
        /^距最近车站(约 [\d.]+–[\d.]+|最远约 [\d.]+) 公里（定位点附近为\S+站；园区位置不确定，不估算步行时间）$/,
        `${row}: ${cell}`,
      );
    }
  }
  assert.deepEqual(await cells('placement'), [
    '仅定位到镇街（温泉镇），误差约 6.5 公里',
    '仅定位到镇街（温泉镇），误差约 5 公里',
    '按片区定位，误差约 1.5 公里',
  ]);
  // Bars share one scale: the largest park's bar is the widest.
  const widths = await dialog
    .locator('tr[data-row="floor"] .area-bar > span')
    .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width));
  assert.ok(widths[1] > widths[0] && widths[0] > widths[2], `bar widths ${widths}`);
  // Distance A ↔ B in the matrix: an interval that holds the distance between the two placed points.
  const d = km(byId(ids[0]).coordinates, byId(ids[1]).coordinates);
  const ab = await page.locator('table[data-table="distances"] tbody tr').nth(0).locator('td').nth(1).innerText();
  const m = /^(?:约 ([\d.]+)–|最远约 )([\d.]+) 公里$/.exec(ab);
  assert.ok(m, `A ↔ B: ${ab}`);
  assert.ok(Number(m[1] ?? 0) <= d && d <= Number(m[2]), `A ↔ B ${ab} holds the point distance ${d.toFixed(2)} km`);
  await screenshot(page, 'promo-compare-zh');

  await page.getByRole('button', { name: /切换语言到英文/ }).click();
  await page.getByRole('dialog', { name: 'Compare parks' }).waitFor();
  assert.deepEqual(
    (await cells('floor')).map((s) => s.replace(/\s+/g, ' ')),
    ['121,000 m²', '304,000 m² largest', '35,000 m²'],
  );
  await screenshot(page, 'promo-compare-en');

  // The link restores the comparison.
  const url = page.url();
  await page.goto('about:blank');
  const other = await listPage(newContext);
  await other.goto(url);
  await other.getByRole('dialog', { name: 'Compare parks' }).waitFor();
  assert.equal(await other.locator('tr[data-row="floor"] td').count(), 3);
});

test.describe(() => {
  test.use({ reducedMotion: 'reduce' });
  // One page load for the filtered parks' presentation, then their printed shortlist and exports.
  test('presentation mode tours the filtered parks with the keyboard, moving the map, and Escape leaves; the shortlist prints to an A4 PDF with every park, its floor area and the map image; exports download', async ({
    page,
  }) => {
    // Reduced motion: the camera jumps, so each step can be checked at once.
    const tour = PARKS.filter((p) => p.industries.includes('biomed')).sort((x, y) => x.seq - y.seq);
    assert.equal(tour.length, 5);
    await page.goto(`/?lang=en&ind=biomed`);
    await waitForMapIdle(page);
    await page.getByRole('button', { name: 'Present' }).click();
    const card = page.locator('.present-card');
    await card.waitFor();
    assert.equal(await page.locator('.app-header').isVisible(), false, 'header hidden');
    // Map text big enough for a projector: no label under 16 px.
    const sizes = () =>
      page.evaluate(() => ({
        stations: window.__haidianMap.getLayoutProperty('stations-label', 'text-size'),
        parks: window.__haidianMap.getLayoutProperty('parks-label', 'text-size'),
      }));
    const big = await sizes();
    assert.equal(big.stations, 16.5);
    assert.deepEqual(
      big.parks.slice(3).filter((_, i) => i % 2 === 1),
      [16.5, 21],
    );
    assert.equal(await page.locator('.sidebar').isVisible(), false, 'sidebar hidden');
    // Nothing of the working view peeks out from behind the exit button.
    assert.equal(await page.locator('.measure-control').isVisible(), false, 'measure button hidden');
    assert.match(page.url(), /present=1/);
    const titlePx = await card.locator('h2').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    assert.ok(titlePx >= 32, `title ${titlePx}px`);
    for (let i = 0; i < tour.length; i++) {
      if (i > 0) await page.keyboard.press('ArrowRight');
      await page.waitForFunction(
        (t) => document.querySelector('.present-progress')?.textContent === t,
        `${i + 1} / ${tour.length}`,
      );
      assert.equal(await card.locator('h2').innerText(), tour[i].name.en);
      const text = await card.innerText();
      assert.match(text, new RegExp(tour[i].floorAreaM2.toLocaleString('en').replace(/,/g, ',')));
      // A park placed to ±1 km or worse gets no walking time and no single exact distance.
      if (tour[i].geocode.accuracyM >= 1000)
        assert.doesNotMatch(
          text,
          /\d+ min walk|minute walk|(^|[^\d.–])\d+ m to /,
          `present card of ${tour[i].id}: ${text}`,
        );
      // The whole card fits on the screen (a projector at 720 px high), and the park sits centred in the map to the
      // right of it (src/map/cover-padding.ts), clear of it and of its label.
      const cardBox = await card.boundingBox();
      assert.ok(
        cardBox.y >= 0 && cardBox.y + cardBox.height <= 720,
        `card from y ${cardBox.y} to ${cardBox.y + cardBox.height}`,
      );
      const cardRight = cardBox.x + cardBox.width;
      const park = await page.evaluate((p) => {
        const map = window.__haidianMap;
        const { x, y } = map.project(p);
        return { x, y, w: map.getContainer().clientWidth, h: map.getContainer().clientHeight };
      }, tour[i].coordinates);
      assert.ok(
        // Across, the middle of what the card leaves; down, near the middle (the map's own buttons pad the top).
        Math.abs(park.x - (park.w + cardRight) / 2) < 2 && Math.abs(park.y - park.h / 2) < 60,
        `park ${i + 1} at ${park.x}, ${park.y}; card ends at ${cardRight}, map ${park.w} × ${park.h}`,
      );
      assert.ok(park.x > cardRight + 80, `park ${i + 1} at x ${park.x}, card ends at ${cardRight}`);
      if (i === 2) {
        await waitForMapIdle(page);
        await screenshot(page, 'promo-present-en');
      }
    }
    await page.keyboard.press('ArrowRight');
    assert.equal(
      await page.locator('.present-progress').innerText(),
      `${tour.length} / ${tour.length}`,
      'stays on the last park',
    );
    await page.keyboard.press('ArrowLeft');
    assert.equal(await page.locator('.present-progress').innerText(), `${tour.length - 1} / ${tour.length}`);
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
    assert.equal(await page.locator('.app-header').isVisible(), true);
    assert.equal((await sizes()).stations, 11, 'map text back to its size after the presentation');
    assert.doesNotMatch(page.url(), /present=1/);
    assert.match(page.url(), new RegExp(`park=${tour[tour.length - 2].id}`), 'the last park shown stays selected');

    // The shortlist, on the same page (the same filter) in Chinese: printed to an A4 PDF with every park, its floor
    // area and the map image; exports download.
    await page.evaluate(() => {
      window.__printCalls = 0;
      window.print = () => {
        window.__printCalls += 1;
      };
    });
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !new URLSearchParams(location.search).has('park'));
    await page.getByRole('button', { name: /Switch language to Chinese/ }).click();
    await page.getByRole('button', { name: '打印' }).waitFor();
    await waitForMapIdle(page);
    {
      // The user has zoomed into the south-east, away from every biomed park; each camera the map takes is recorded.
      const away = { center: [116.33, 39.96], zoom: 14 };
      await page.evaluate((away) => {
        const map = window.__haidianMap;
        map.jumpTo(away);
        window.__views = [];
        map.on('moveend', () => {
          const b = map.getBounds();
          window.__views.push({
            w: b.getWest(),
            s: b.getSouth(),
            e: b.getEast(),
            n: b.getNorth(),
            zoom: map.getZoom(),
          });
        });
      }, away);
      await waitForMapIdle(page);
      await page.getByRole('button', { name: '打印' }).click();
      await page.getByRole('button', { name: /打印清单/ }).click();
      await page.waitForSelector('.print-sheets[data-ready="true"]', { state: 'attached' });
      assert.equal(
        await page.evaluate(() => window.__printCalls),
        1,
        'window.print() called once the sheets were ready',
      );
      // The shortlist's picture was taken with every shortlisted park in view, and the user's view was put back.
      const biomed = PARKS.filter((p) => p.industries.includes('biomed'));
      const at = (id) => DATA_POINTS.get(id);
      const views = await page.evaluate(() => window.__views);
      assert.ok(
        views.some((v) =>
          biomed.every((p) => at(p.id)[0] > v.w && at(p.id)[0] < v.e && at(p.id)[1] > v.s && at(p.id)[1] < v.n),
        ),
        `a view held all ${biomed.length} parks: ${JSON.stringify(views)}`,
      );
      const last = views.at(-1);
      assert.ok(Math.abs(last.zoom - away.zoom) < 1e-6, `the view is back at zoom ${last.zoom}`);
      // The map image is a real picture of the map, not a blank canvas.
      const colours = await page.evaluate(async () => {
        const img = document.querySelector('.shortlist-sheet .sheet-map img');
        const c = document.createElement('canvas');
        c.width = img.naturalWidth;
        c.height = img.naturalHeight;
        const ctx = c.getContext('2d');
        ctx.drawImage(img, 0, 0);
        const px = ctx.getImageData(0, 0, c.width, c.height).data;
        const seen = new Set();
        for (let i = 0; i < px.length; i += 4 * 97) seen.add((px[i] << 16) | (px[i + 1] << 8) | px[i + 2]);
        return seen.size;
      });
      assert.ok(colours > 20, `map image has ${colours} colours`);

      await page.emulateMedia({ media: 'print' });
      mkdirSync(OUT, { recursive: true });
      const pdfPath = path.join(OUT, 'promo-shortlist.pdf');
      await page.pdf({ path: pdfPath, format: 'A4', printBackground: true });
      await page.emulateMedia({ media: 'screen' });

      const tour = PARKS.filter((p) => p.industries.includes('biomed'));
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' }))[1]);
      assert.equal(pages, 1 + tour.length, 'shortlist sheet plus one sheet per park');
      const first = squash(
        execFileSync('pdftotext', ['-raw', '-f', '1', '-l', '1', '-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' }),
      );
      for (const p of tour) {
        assert.ok(first.includes(squash(p.name.zh)), `page 1 names ${p.name.zh}`);
        assert.ok(first.includes(zhArea(p.floorAreaM2)), `page 1 gives ${zhArea(p.floorAreaM2)} for ${p.name.zh}`);
      }
      assert.ok(first.includes('《海淀区2025年重点工作》'), 'source on the sheet');
      // (-raw: text in the order it is drawn, cell by cell, whatever font the system set it in.)
      // Every biomed park's interval to the nearest station is wider than 1 km (four are placed at area or town level,
      // 海星 B to ±500 m from a neighbouring address): the printed shortlist states ranges and precision, no walking
      // time, no "0 米".
      assert.doesNotMatch(first, /步行\d|(^|[^\d.–])0米/);
      assert.match(first, /误差约/);
      assert.match(first, /打印日期：\d{4}年\d{1,2}月\d{1,2}日/);
      const images = execFileSync('pdfimages', ['-f', '1', '-l', '1', '-list', pdfPath], { encoding: 'utf8' })
        .trim()
        .split('\n')
        .slice(2);
      const widths = images.map((l) => Number(l.trim().split(/\s+/)[3]));
      assert.ok(
        widths.some((w) => w >= 400),
        `page 1 holds the map image (image widths ${widths})`,
      );
      const second = execFileSync('pdftotext', ['-raw', '-f', '2', '-l', '2', '-enc', 'UTF-8', pdfPath, '-'], {
        encoding: 'utf8',
      });
      assert.ok(squash(second).includes(squash(tour[0].name.zh)), 'page 2 is the first park');
      // Each sheet fills its own page: the first park's sheet (with its English name) does not start on page 1, nor the
      // second park's on page 2 (the print sheet's rules must not lose to the phone's bottom sheet, which is `.sheet`).
      assert.ok(!first.includes(squash(tour[0].name.en)), 'page 1 holds only the shortlist');
      assert.ok(!squash(second).includes(squash(tour[1].name.en)), 'page 2 holds only the first park');
      assert.match(second, /最近地铁站（现状）/);
      assert.doesNotMatch(squash(second), /步行\d|(^|[^\d.–])0米/);

      // The presentation card in Chinese, for a look.
      await page.getByRole('button', { name: '演示' }).click();
      await page.locator('.present-card').waitFor();
      await waitForMapIdle(page);
      await screenshot(page, 'promo-present-zh');
      await page.keyboard.press('Escape');
      await page.locator('.present-card').waitFor({ state: 'detached' });

      // Exports: CSV with a BOM and one row per filtered park; the map as PNG.
      await page.getByRole('button', { name: '导出' }).click();
      const [csv] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: /表格（CSV）/ }).click(),
      ]);
      assert.match(csv.suggestedFilename(), /^haidian-parks-\d{4}-\d{2}-\d{2}\.csv$/);
      const csvBytes = readFileSync(await csv.path());
      assert.deepEqual([...csvBytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
      assert.equal(csvBytes.toString('utf8').trim().split('\r\n').length, 1 + tour.length);
      await page.getByRole('button', { name: '导出' }).click();
      const [png] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: /当前地图图片/ }).click(),
      ]);
      const pngBytes = readFileSync(await png.path());
      assert.deepEqual([...pngBytes.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47]);
      assert.ok(pngBytes.length > 20000, `PNG ${pngBytes.length} bytes`);
    }
  });
});

test('the share panel copies the link and its QR code decodes to the current URL', async ({ newContext, baseURL }) => {
  const context = await newContext({ webgl: false });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL.replace(/\/$/, '') });
  const page = await context.newPage();
  await page.goto(`/?lang=en&ind=ai&cmp=zgc-bonded-zone-phase-1,beijing-agi-innovation-park-pilot-zone`);
  await waitForApp(page);
  await page.getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this view' });
  await dialog.waitFor();
  const href = await page.evaluate(() => location.href);
  assert.equal(await dialog.getByRole('textbox', { name: 'Link' }).inputValue(), href);
  const { width, height, data } = await page.evaluate(() => {
    const c = document.querySelector('.share-qr canvas');
    const px = c.getContext('2d').getImageData(0, 0, c.width, c.height);
    return { width: px.width, height: px.height, data: Array.from(px.data) };
  });
  const code = jsQR(Uint8ClampedArray.from(data), width, height);
  assert.ok(code, 'a QR code was found');
  assert.equal(code.data, href);
  await dialog.getByRole('button', { name: 'Copy link' }).click();
  // The clipboard write is asynchronous: wait for the status to say so.
  await dialog.getByRole('status').filter({ hasText: 'Link copied.' }).waitFor({ timeout: 5000 });
  assert.equal(await dialog.getByRole('status').innerText(), 'Link copied.');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), href);
  await screenshot(page, 'promo-share-en');
});
