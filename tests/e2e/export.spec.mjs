// Exports as handouts that stand on their own (issue 14): the PNG is a finished page (title band, legend, scale bar,
// attribution beside the map picture, every park and its label inside the frame, the camera left where it was), and
// the CSV's header speaks the reader's language while keeping the column keys scripts use.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test, waitForMapIdle, SCREENSHOTS, decodePng, pixel, listPage, waitForApp } from './fixtures.mjs';
import { parseCsv } from '../csv.ts';

/** The Okabe–Ito colours of the industry groups (src/lib/industry-groups.ts). */
const GROUP_COLOURS = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#56B4E9', '#CC79A7'];
/** '#rrggbb' as [r, g, b]. */
const rgb = (hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

async function camera(page) {
  return page.evaluate(() => {
    const m = window.__haidianMap;
    const c = m.getCenter();
    return {
      lng: c.lng,
      lat: c.lat,
      zoom: m.getZoom(),
      hash: location.hash,
      canvas: [m.getCanvas().width, m.getCanvas().height],
    };
  });
}

async function exportPng(page, menu, item) {
  await page.getByRole('button', { name: menu, exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: item }).click(),
  ]);
  const bytes = readFileSync(await download.path());
  return { name: download.suggestedFilename(), bytes, png: await decodePng(page, bytes) };
}

const near = (a, b, tol) => a.every((v, i) => Math.abs(v - b[i]) <= tol);

/** Checks a downloaded page against the layout the app reports; returns the debug record. */
async function checkPage(page, { name, png }, before) {
  const today = await page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  // Larger than the map canvas by the bands: the picture is framed, not the bare canvas.
  const [cw, ch] = before.canvas;
  assert.ok(png.width > cw + 200 && png.height > ch + 60, `page ${png.width}×${png.height} vs canvas ${cw}×${ch}`);
  assert.equal(name, `haidian-map-${today}.png`);
  const debug = await page.evaluate(() => window.__haidianPngExport);
  const { layout } = debug;
  assert.deepEqual([layout.widthPx, layout.heightPx], [png.width, png.height]);
  assert.deepEqual([layout.map.width, layout.map.height], debug.canvas);

  // The title band is paper with text on it, no map: no pixel of the basemap's ground, and dark text pixels.
  let ground = 0;
  let dark = 0;
  for (let y = 0; y < layout.titleBand.height; y++)
    for (let x = 0; x < png.width; x++) {
      const p = pixel(png, x, y);
      if (near(p, [245, 243, 239], 2)) ground++;
      if (p[0] + p[1] + p[2] < 250) dark++;
    }
  assert.equal(ground, 0, 'no map ground in the title band');
  assert.ok(dark > 300, `title text drawn (${dark} dark pixels)`);
  // The map picture sits below the band and holds the basemap.
  assert.ok(layout.map.y >= layout.titleBand.height);
  // Every word lies inside the page and outside the map picture (title and legend cover no map label).
  for (const r of layout.texts) {
    assert.ok(r.y <= png.height && r.y - r.font.sizePx >= 0, `"${r.text}" inside vertically`);
    const inMapX = r.align === 'left' ? r.x < layout.map.x + layout.map.width && r.x >= layout.map.x : false;
    const inMapY = r.y > layout.map.y && r.y - r.font.sizePx < layout.map.y + layout.map.height;
    assert.ok(!(inMapX && inMapY), `"${r.text}" is not on the map`);
  }
  // Legend swatches: each industry disc shows its group colour (85 % over white) where the layout put it.
  const discs = layout.symbols.filter((s) => s.symbol.kind === 'disc');
  assert.ok(discs.length >= 1);
  for (const d of discs) {
    assert.ok(GROUP_COLOURS.includes(d.symbol.colour), d.symbol.colour);
    const want = rgb(d.symbol.colour).map((c) => Math.round(c * 0.85 + 255 * 0.15));
    const got = pixel(png, d.cx, d.cy);
    assert.ok(near(got, want, 8), `swatch ${d.symbol.colour} at ${d.cx},${d.cy}: ${got} vs ${want}`);
  }
  // Both placement marks and a size key are in the legend.
  const kinds = layout.symbols.map((s) => s.symbol.kind);
  for (const k of ['precise', 'rough', 'size']) assert.ok(kinds.includes(k), `legend has ${k}`);
  // The scale bar: a round length at the picture's latitude and zoom, drawn as dark pixels along its line.
  const mpp = (40075016.686 * Math.cos((debug.centerLat * Math.PI) / 180)) / (512 * 2 ** debug.zoom) / debug.pixelRatio;
  const metres = layout.scaleBar.lengthPx * mpp;
  const pow = 10 ** Math.floor(Math.log10(metres));
  assert.ok(
    [1, 2, 5].some((k) => Math.abs(metres - k * pow) < 1e-6 * metres),
    `scale bar ${metres} m is round`,
  );
  const barY = layout.scaleBar.y + 6 * debug.pixelRatio;
  const along = [0.25, 0.5, 0.75].map((f) => pixel(png, layout.scaleBar.x + f * layout.scaleBar.lengthPx, barY));
  assert.ok(
    along.every((p) => p[0] + p[1] + p[2] < 200),
    `scale bar drawn: ${along}`,
  );
  return { debug, metres };
}

// One page load for both pictures: the Chinese page at 1440 × 900, then the English one at 1280 × 800 with the
// biomedicine filter (chosen in the page, as the link ?lang=en&ind=biomed would).
test('the PNG export is a finished page in Chinese; the camera is left where it was; in English it frames the filtered parks when the view cuts them, then puts the camera back', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/?lang=zh');
  {
    await waitForMapIdle(page);
    const before = await camera(page);
    const download = await exportPng(page, '导出', /当前地图图片/);
    const { debug, metres } = await checkPage(page, download, before);
    // All 18 parks, with the filters none; every park well inside the picture.
    const words = debug.layout.texts.map((r) => r.text).join('\n');
    assert.match(words, /海淀选址地图/);
    assert.match(words, /18 \/ 18 个园区/);
    assert.match(words, /交通：现状/);
    assert.match(words, /导出日期：\d{4}年\d{1,2}月\d{1,2}日/);
    assert.match(words, /图例/);
    assert.match(words, /OpenStreetMap 贡献者/);
    assert.match(words, /《海淀区2025年重点工作》/);
    const label = metres >= 1000 ? `${metres / 1000} 公里` : `${metres} 米`;
    assert.ok(words.includes(label), `scale label ${label}`);
    assert.equal(debug.parksPx.length, 18);
    // The camera is unchanged.
    await waitForMapIdle(page);
    const after = await camera(page);
    assert.deepEqual(after, before);
    mkdirSync(SCREENSHOTS, { recursive: true });
    writeFileSync(path.join(SCREENSHOTS, 'export-png-zh.png'), download.bytes);
  }

  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole('button', { name: /^English/ }).click();
  await page.locator('.filters .chip', { hasText: 'Biomedicine' }).first().click();
  await page.waitForFunction(() => new URLSearchParams(location.search).get('ind') === 'biomed');
  await page.getByText('5 of 18 parks').waitFor();
  await waitForMapIdle(page);
  {
    // Zoom in on the first park: the other four biomedicine parks fall outside the view.
    await page.evaluate(() => window.__haidianMap.jumpTo({ center: [116.198, 40.07], zoom: 13 }));
    await waitForMapIdle(page);
    const before = await camera(page);
    const download = await exportPng(page, 'Export', /Current map view/);
    const { debug } = await checkPage(page, download, before);
    assert.equal(debug.fitted, true, 'the camera was fitted for the picture');
    // Every filtered park lies in the picture with room for its label (CSS px).
    const [w, h] = debug.canvas.map((v) => v / debug.pixelRatio);
    assert.equal(debug.parksPx.length, 5);
    for (const p of debug.parksPx)
      assert.ok(p.x >= 100 && p.x <= w - 100 && p.y >= 60 && p.y <= h - 60, `park at ${p.x},${p.y}`);
    const words = debug.layout.texts.map((r) => r.text).join('\n');
    assert.match(words, /Haidian Site Finder/);
    assert.match(words, /5 of 18 parks/);
    assert.match(words, /Filtered by: Biomedicine & health/);
    assert.match(words, /Exported \d{1,2} \w+ \d{4}/);
    assert.doesNotMatch(words, /[\u4e00-\u9fff]{3}/, 'no Chinese words on the English page except titles of the plan');
    await waitForMapIdle(page);
    assert.deepEqual(await camera(page), before);
    mkdirSync(SCREENSHOTS, { recursive: true });
    writeFileSync(path.join(SCREENSHOTS, 'export-png-en.png'), download.bytes);
  }
});

async function exportCsv(page, menu) {
  await page.getByRole('button', { name: menu, exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /CSV/ }).click(),
  ]);
  const text = readFileSync(await download.path(), 'utf8');
  assert.equal(text.charCodeAt(0), 0xfeff, 'UTF-8 BOM');
  return parseCsv(text.slice(1));
}

// The CSV needs no map: the list view (a browser without WebGL).
test("the CSV header speaks the reader's language and keeps the column keys; rows state placement and stations", async ({
  newContext,
}) => {
  const page = await listPage(newContext);
  await page.goto('/?lang=zh&ind=biomed');
  await waitForApp(page);
  const zh = await exportCsv(page, '导出');
  const [zhHeader, ...zhRows] = zh;
  assert.equal(zhRows.length, 5);
  const keys = zhHeader.map((h) => /\(([a-z0-9_]+)\)$/.exec(h)?.[1]);
  assert.ok(keys.every(Boolean), `every header cell ends in its key: ${zhHeader}`);
  for (const cell of [
    '规划序号 (seq)',
    '园区名称 · 中文 (name_zh)',
    '总建筑面积（平方米） (floor_area_m2)',
    '定位精度（代码） (placement_precision)',
    '定位精度 · 中文 (placement_zh)',
    '最近车站（现状） · 中文 (nearest_station_now_zh)',
    '距最近车站（规划后）最远（米） (station_plan_far_m)',
  ])
    assert.ok(zhHeader.includes(cell), `zh header has ${cell}`);
  const col = (k) => keys.indexOf(k);
  // 中关村综保区(一期) is placed only to its town: the words say so next to the code.
  const bonded = zhRows.find((r) => r[col('name_zh')] === '中关村综保区(一期)');
  assert.equal(bonded[col('placement_precision')], 'town');
  assert.equal(bonded[col('placement_zh')], '仅定位到镇街（温泉镇），误差约 6.5 公里');
  assert.match(bonded[col('placement_en')], /^Placed at town level \(Wenquan Town\), within about 6\.5 km$/);
  assert.ok(bonded[col('nearest_station_now_zh')].endsWith('站'));
  assert.ok(Number(bonded[col('station_now_near_m')]) < Number(bonded[col('station_now_far_m')]));
  assert.ok(bonded[col('nearest_station_plan_zh')]);

  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Export', exact: true }).waitFor();
  const [enHeader, ...enRows] = await exportCsv(page, 'Export');
  assert.equal(enRows.length, 5);
  assert.deepEqual(
    enHeader.map((h) => /\(([a-z0-9_]+)\)$/.exec(h)?.[1]),
    keys,
    'the same keys in the same order in either language',
  );
  for (const cell of [
    'Plan no. (seq)',
    'Park name · Chinese (name_zh)',
    'Floor area (m²) (floor_area_m2)',
    'Placement · English (placement_en)',
    'Nearest station (now) · English (nearest_station_now_en)',
    'Nearest station (after plan) · greatest distance (m) (station_plan_far_m)',
  ])
    assert.ok(enHeader.includes(cell), `en header has ${cell}`);
  assert.deepEqual(enRows, zhRows, "the rows do not depend on the reader's language");
});
