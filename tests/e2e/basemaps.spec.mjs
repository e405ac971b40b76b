// Online basemaps (issue 21), against a local stand-in for the tile hosts (tile-hosts.mjs): the run's own build asks the
// real hosts, whose requests the stand-in answers inside the browser (none leaves the machine; the Content-Security-
// Policy naming those hosts is checked in bad-input.spec.mjs).
// Checked here: nothing is asked of the tile host before a preset is chosen; each preset, chosen in the chooser or by
// link, asks for its own tiles in the UI's language, the Tianditu key added at request time; the key appears in no
// address, link, QR code, print, export or console message; AMap draws the parks GCJ-02-shifted, Tianditu not; each
// kind of failure falls back to the embedded map with its notice; a drag in the editor on AMap imagery saves the
// WGS-84 point; the print and the PNG carry the basemap's credit and approval number.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import gcoord from 'gcoord';
import jsQR from 'jsqr';
import { distance } from '@turf/turf';
import { tileHosts, TILE_RGB } from './tile-hosts.mjs';
import { test, waitForMapIdle, screenshot, decodePng, pixel, forwardUntilVisible } from './fixtures.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PARKS = JSON.parse(readFileSync(path.join(ROOT, 'data/parks.geojson'), 'utf8')).features;
/** 中关村西北旺科技园一期 ("海淀大悦城西南侧"): the founder's example of issue 21. */
const PARK = 'zgc-xibeiwang-science-park-phase-1';
const AT = PARKS.find((f) => f.properties.id === PARK).geometry.coordinates;
const KEY = '0a1b2c3d4e5f60718293a4b5c6d7e8f9';
const KEY_STORAGE = 'haidian-tianditu-key-v1';

const tiles = tileHosts();

// A small desktop window: the presets' tiles and every basemap switch's redraw cost less in fewer pixels.
test.use({ viewport: { width: 1024, height: 640 } });

test.beforeEach(async ({ context }) => {
  tiles.reset();
  await tiles.route(context);
});

test.afterAll(() => tiles.reset());

/** Stores a typed Tianditu key in the page's browser before it loads, as an earlier visit would have. */
const withStoredKey = (context) =>
  context.addInitScript(
    ([k, key]) => localStorage.setItem(k, JSON.stringify({ key, refused: null })),
    [KEY_STORAGE, KEY],
  );

async function open(page, query) {
  await page.goto(`/${query}`);
  await waitForMapIdle(page);
}

/** Waits until the camera has stopped (a fly-to, a re-framing clear of a panel) and the map is idle. */
async function settle(page) {
  await page.waitForFunction(() => window.__haidianMap && !window.__haidianMap.isMoving(), null, { timeout: 15000 });
  await waitForMapIdle(page);
}

async function openLayers(page) {
  const panel = page.locator('details.layers');
  if (!(await panel.evaluate((d) => d.open))) await panel.locator('summary').click();
}

/** Chooses a basemap in the chooser (a click: a failing preset may be left again before a check could see it on). */
const choose = (page, name) => page.getByRole('radio', { name }).click();

/** Waits until the tile hosts have seen a request matching each pattern; returns the matching URLs. */
async function tilesRequested(patterns, timeout = 15000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const hits = patterns.map((re) => tiles.requests.filter((r) => re.test(r.url)).map((r) => r.url));
    if (hits.every((h) => h.length)) return hits;
    if (Date.now() > deadline)
      throw new Error(
        `no tile request matched ${patterns.filter((_, i) => !hits[i].length)}: ${JSON.stringify(tiles.requests.slice(0, 5))}`,
      );
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Where the map draws a park (its source coordinates), and how far that is from the park's WGS-84 point, m. */
async function parkOffsetM(page, id = PARK) {
  const drawn = await page.evaluate(
    (parkId) =>
      window.__haidianMap.querySourceFeatures('parks').find((f) => f.properties.id === parkId)?.geometry.coordinates,
    id,
  );
  const at = PARKS.find((f) => f.properties.id === id).geometry.coordinates;
  return distance(drawn, at, { units: 'meters' });
}

/** The camera's centre in an address's `#map=zoom/lat/lng`, as [lng, lat]. */
function hashCentre(url) {
  const [, lat, lng] = new URL(url).hash.slice('#map='.length).split('/').map(Number);
  return [lng, lat];
}

const rasterLayers = (page) =>
  page.evaluate(() =>
    window.__haidianMap
      .getStyle()
      .layers.filter((l) => l.type === 'raster')
      .map((l) => l.id),
  );

test('nothing asks the tile host before a preset is chosen; each preset then asks for its own tiles, with the key added at request time', async ({
  page,
}) => {
  await open(page, `?lang=zh&park=${PARK}`);
  assert.deepEqual(tiles.requests, [], 'the embedded map asks the tile host for nothing');
  await openLayers(page);
  await settle(page);
  const before = hashCentre(page.url());
  await screenshot(page, 'basemap-chooser-zh');

  // AMap satellite: GCJ-02 imagery (style=6) with its roads-and-labels overlay (style=8, no language).
  await choose(page, /^高德 · 卫星/);
  const [imagery, overlay] = await tilesRequested([
    /^\/appmaptile\?style=6&x=\d+&y=\d+&z=\d+$/,
    /^\/appmaptile\?style=8&x=\d+&y=\d+&z=\d+$/,
  ]);
  assert.ok(imagery.length && overlay.length);
  await settle(page);
  assert.deepEqual(await rasterLayers(page), ['basemap-base', 'basemap-labels']);
  const shifted = await parkOffsetM(page);
  assert.ok(shifted > 530 && shifted < 565, `drawn ${shifted.toFixed(0)} m from its WGS-84 point over GCJ-02 tiles`);
  assert.match(
    await page.locator('.basemap-credit').innerText(),
    /^底图：© 高德地图 AutoNavi · 审图号 GS\(\d{4}\)\d+号$/,
  );
  assert.equal(new URL(page.url()).searchParams.get('basemap'), 'amap-img');
  // The camera in the address stays WGS-84, and the same ground stays in the middle of the map.
  const after = hashCentre(page.url());
  assert.ok(distance(after, before, { units: 'meters' }) < 5, `camera ${after} was ${before}`);
  await screenshot(page, 'basemap-amap-img');

  // Tianditu imagery needs a key: the chooser asks for one and nothing is requested meanwhile.
  tiles.reset();
  await choose(page, /^天地图 · 影像/);
  await page.getByText('天地图 · 影像需要天地图密钥（浏览器端）。').waitFor();
  assert.deepEqual(await rasterLayers(page), [], 'the embedded map while the key is asked for');
  const input = page.getByLabel('天地图密钥');
  await input.fill(`https://t0.tianditu.gov.cn/?tk=${KEY}`);
  await page.getByRole('button', { name: '保存密钥' }).click();
  assert.match(await page.getByRole('alert').innerText(), /密钥只能包含英文字母和数字/);
  await input.fill(`  ${KEY}  `);
  await page.getByRole('button', { name: '保存密钥' }).click();
  await page.getByText(`已保存密钥 ••••••••${KEY.slice(-4)}（仅存于此浏览器）`).waitFor();
  assert.equal(await input.inputValue(), '', 'the typed key is not left in the box');
  const [img, cia] = await tilesRequested([/^\/img_w\/wmts\?/, /^\/cia_w\/wmts\?/]);
  for (const url of [...img, ...cia]) {
    assert.ok(url.endsWith(`&tk=${KEY}`), `key added at request time: ${url}`);
    assert.match(
      url,
      /SERVICE=WMTS&REQUEST=GetTile&VERSION=1\.0\.0&LAYER=(img|cia)&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX=\d+&TILEROW=\d+&TILECOL=\d+&tk=/,
    );
  }
  await waitForMapIdle(page);
  assert.ok((await parkOffsetM(page)) < 5, 'CGCS2000 tiles: the parks are drawn where the data puts them');
  const style = JSON.stringify(await page.evaluate(() => window.__haidianMap.getStyle()));
  assert.ok(!style.includes(KEY), 'the key is not in the style');
  assert.match(await page.locator('.basemap-credit').innerText(), /审图号 GS\(\d{4}\)\d+号/);
  await screenshot(page, 'basemap-tianditu-img');

  // In English the label layer follows the UI: eia over imagery, eva over the vector map; AMap's road map takes lang=en.
  tiles.reset();
  await page.getByRole('button', { name: /^English/ }).click();
  await tilesRequested([/^\/eia_w\/wmts\?.*&tk=/]);
  tiles.reset();
  await choose(page, /^Tianditu · Map/);
  await tilesRequested([/^\/vec_w\/wmts\?.*LAYER=vec&.*&tk=/, /^\/eva_w\/wmts\?.*LAYER=eva&.*&tk=/]);
  await waitForMapIdle(page);
  await screenshot(page, 'basemap-tianditu-vec-en');
  tiles.reset();
  await choose(page, /^AMap · Map/);
  await tilesRequested([/^\/appmaptile\?lang=en&size=1&scale=1&style=8&x=\d+&y=\d+&z=\d+$/]);
  assert.ok(
    tiles.requests.every((r) => !r.url.includes('tk=')),
    'no key goes to AMap',
  );
  await waitForMapIdle(page);
  await screenshot(page, 'basemap-amap-road-en');

  // Back to the built-in map: its rasters go, and the choice is remembered in this browser.
  await choose(page, /^Built-in map/);
  await page.waitForFunction(() => !window.__haidianMap.getLayer('basemap-base'));
  assert.equal(await page.evaluate(() => localStorage.getItem('haidian-basemap-v1')), 'offline');
  assert.equal(new URL(page.url()).searchParams.get('basemap'), null);

  // The keyboard: the arrow keys move through the basemaps (one radio group).
  await page.getByRole('radio', { name: /^Built-in map/ }).focus();
  await page.keyboard.press('ArrowUp');
  await page.waitForFunction(() => new URLSearchParams(location.search).get('basemap') === 'amap-img');
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => !new URLSearchParams(location.search).has('basemap'));
});

test('a link chooses a preset, which this browser then remembers; an unknown one is dropped with a notice', async ({
  page,
  context,
  newContext,
}) => {
  await withStoredKey(context);
  const cases = [
    ['tianditu-vec', [/^\/vec_w\/.*&tk=/, /^\/cva_w\/.*&tk=/]],
    ['tianditu-img', [/^\/img_w\/.*&tk=/, /^\/cia_w\/.*&tk=/]],
    ['amap-road', [/^\/appmaptile\?lang=zh_cn&size=1&scale=1&style=8&/]],
    ['amap-img', [/^\/appmaptile\?style=6&/, /^\/appmaptile\?style=8&/]],
  ];
  for (const [id, patterns] of cases) {
    tiles.reset();
    await open(page, `?lang=zh&basemap=${id}`);
    await tilesRequested(patterns);
    assert.equal(await page.locator('.notice').count(), 0, id);
  }
  // The last one is remembered in this browser: a link naming none opens on it.
  tiles.reset();
  await open(page, '?lang=zh');
  await tilesRequested([/^\/appmaptile\?style=6&/]);
  assert.equal(new URL(page.url()).searchParams.get('basemap'), 'amap-img');

  // A visitor whose browser remembers nothing: an unknown preset is dropped, the embedded map shown.
  const freshContext = await newContext();
  await tiles.route(freshContext);
  const fresh = await freshContext.newPage();
  tiles.reset();
  await open(fresh, '?lang=en&basemap=google-satellite');
  assert.match(await fresh.locator('.notice').first().innerText(), /basemap=google-satellite/);
  assert.deepEqual(await rasterLayers(fresh), []);
  assert.equal(new URL(fresh.url()).searchParams.get('basemap'), null);
  assert.deepEqual(tiles.requests, []);
});

test('the key is in no address, shared link, QR code, print, export or console message', async ({ page, context }) => {
  test.setTimeout(180_000);
  await withStoredKey(context);
  const messages = [];
  page.on('console', (m) => messages.push(m.text()));
  await page.addInitScript(() => {
    window.print = () => {};
  });
  await open(page, `?lang=en&basemap=tianditu-img&park=${PARK}`);
  await tilesRequested([/&tk=/]);
  await waitForMapIdle(page);
  const has = (text) => text.includes(KEY) || text.includes(KEY.slice(0, 12));

  assert.ok(!has(page.url()), 'address');
  await page.getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this view' });
  const link = await dialog.getByRole('textbox', { name: 'Link' }).inputValue();
  assert.match(link, /basemap=tianditu-img/);
  assert.ok(!has(link), 'shared link');
  const qr = await page.evaluate(() => {
    const c = document.querySelector('.share-qr canvas');
    const px = c.getContext('2d').getImageData(0, 0, c.width, c.height);
    return { width: px.width, height: px.height, data: Array.from(px.data) };
  });
  const code = jsQR(Uint8ClampedArray.from(qr.data), qr.width, qr.height);
  assert.equal(code.data, link, 'the QR code holds the link');
  await page.keyboard.press('Escape');

  // Exports: CSV, GeoJSON and the PNG page.
  for (const item of [/CSV/, /GeoJSON/, /Current map view/]) {
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: item }).click(),
    ]);
    const bytes = readFileSync(await download.path());
    assert.ok(!has(bytes.toString('latin1')) && !has(bytes.toString('utf8')), `export ${item}`);
  }

  // The printed sheet.
  await page.getByRole('button', { name: 'Print', exact: true }).click();
  await page.getByRole('button', { name: /this park/i }).click();
  await page.waitForSelector('.print-sheets[data-ready="true"]', { state: 'attached' });
  await page.emulateMedia({ media: 'print' });
  const out = path.join(ROOT, 'test-results');
  mkdirSync(out, { recursive: true });
  const pdf = path.join(out, 'basemap-key-sheet.pdf');
  await page.pdf({ path: pdf, format: 'A4', printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  // (pdftotext loses the spaces of the system font's Type 3 glyphs: compare without them.)
  const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  assert.match(text, /Basemap:©Tianditu·ApprovalNo\.GS\(\d{4}\)\d+号/, 'the sheet names its basemap');
  assert.ok(!has(text) && !has(readFileSync(pdf).toString('latin1')), 'print');

  // A refused key: its errors are not logged with the key either.
  tiles.setMode('tdt-7');
  await page.evaluate(() => window.__haidianMap.zoomOut({ duration: 0 }));
  await page.locator('.notice', { hasText: 'does not allow this web address' }).waitFor({ timeout: 10000 });
  const notices = await page.locator('.notice').allInnerTexts();
  assert.ok(!notices.some(has), 'notices');
  assert.ok(messages.length > 0, 'the console was watched');
  assert.deepEqual(messages.filter(has), [], 'console messages');
});

test('each kind of failure falls back to the embedded map within 10 s, with a notice saying what and where to fix it', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  await withStoredKey(context);
  // The page's clock runs as usual, but the two waits the app measures in seconds — a host that never answers (8 s)
  // and tiles still missing after that — are moved forward on it rather than waited for: fastForward fires every
  // timer due meanwhile. Times below are read on the page's clock.
  await page.clock.install();
  const now = () => page.evaluate(() => Date.now());
  await open(page, '?lang=zh');
  await openLayers(page);
  const cases = [
    [
      'tdt-1',
      /^天地图 · 影像/,
      '天地图 · 影像：天地图密钥无效（非法 Key），已改用内置底图。请在“图层 → 底图”中检查或更换密钥。',
    ],
    ['tdt-7', /^天地图 · 地图/, '天地图密钥不适用于本网址（域名未列入白名单）'],
    ['tdt-12', /^天地图 · 影像/, '这是天地图服务端密钥，不能在浏览器中使用'],
    ['tdt-301007', /^天地图 · 影像/, '天地图密钥不适用于本网址（域名未列入白名单）'],
    ['tdt-301012', /^天地图 · 影像/, '天地图拒绝了此浏览器的请求（被判为非浏览器访问）'],
    ['403', /^高德 · 地图/, '底图服务拒绝了请求（403）'],
    ['418', /^天地图 · 影像/, '底图服务把请求判为异常访问（418）'],
    ['429', /^天地图 · 影像/, '今日配额已用完'],
    ['500', /^高德 · 卫星/, '底图服务出错（5xx）'],
    ['reset', /^高德 · 卫星/, '无法连接底图服务（网络不通，或服务不允许跨域访问）'],
    ['nocors', /^高德 · 地图/, '无法连接底图服务（网络不通，或服务不允许跨域访问）'],
    ['hang', /^高德 · 地图/, '底图服务 8 秒内没有返回任何图块'],
  ];
  for (const [mode, preset, text] of cases) {
    await choose(page, /^内置底图/);
    tiles.reset();
    tiles.setMode(mode);
    const started = await now();
    await choose(page, preset);
    const notice = page.locator('.notice', { hasText: text });
    if (mode === 'hang') await forwardUntilVisible(page, notice, { since: started, timerMs: 8000 });
    await notice.waitFor({ timeout: 10_000 });
    const tookMs = (await now()) - started;
    assert.ok(tookMs < 10_000, `${mode}: back on the embedded map after ${tookMs} ms`);
    assert.ok(await page.getByRole('radio', { name: /^内置底图/ }).isChecked(), `${mode}: the chooser says so`);
    await page.waitForFunction(() => !window.__haidianMap.getLayer('basemap-base'));
    assert.ok(tiles.requests.length > 0, `${mode}: the preset was tried`);
    if (mode === 'tdt-7') {
      // A refused key stays stored, marked refused; the chooser says why, and the preset says it failed.
      const stored = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), KEY_STORAGE));
      assert.deepEqual(stored, { key: KEY, refused: 'keyDomain' });
      assert.match(await page.locator('.basemap-chooser').innerText(), /上次失败：天地图密钥不适用于本网址/);
      await screenshot(page, 'basemap-fallback-zh');
    }
    await notice.getByRole('button').click();
  }

  // A 404 is a missing tile, not a failure: with the overlay's tiles missing, the imagery stays (more than 8 s).
  await choose(page, /^内置底图/);
  tiles.reset();
  tiles.setMode('404', 'style=8');
  await choose(page, /^高德 · 卫星/);
  await tilesRequested([/style=6/, /style=8/]);
  await waitForMapIdle(page);
  await page.clock.fastForward(9000);
  // Whatever those 9 s set off has rendered (two frames).
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
  assert.equal(await page.locator('.notice').count(), 0);
  assert.deepEqual(await rasterLayers(page), ['basemap-base', 'basemap-labels']);

  // Choosing a failed preset again retries it.
  tiles.setMode('ok');
  await choose(page, /^内置底图/);
  await choose(page, /^天地图 · 影像/);
  await tilesRequested([/^\/img_w\//]);
  await waitForMapIdle(page);
  assert.deepEqual(await rasterLayers(page), ['basemap-base', 'basemap-labels']);
});

test('a drag in the site editor on AMap imagery saves the WGS-84 point of that spot, and says what it was placed on', async ({
  page,
}) => {
  await open(page, `?lang=en&edit=1&park=${PARK}&basemap=amap-img#map=15/${AT[1]}/${AT[0]}`);
  await page.waitForFunction(() => window.__haidianMap && !window.__haidianMap.isMoving());
  await waitForMapIdle(page);
  const marker = page.locator('.editor-marker');
  const box = await marker.boundingBox();
  const from = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const to = { x: Math.round(from.x + 150), y: Math.round(from.y - 90) };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
  await page.waitForFunction(() => localStorage.getItem('haidian-site-editor-drafts-v1'));
  // Where the map shows that spot (GCJ-02, the imagery's datum), back in WGS-84.
  const shown = await page.evaluate(({ x, y }) => {
    const map = window.__haidianMap;
    const r = map.getCanvas().getBoundingClientRect();
    const ll = map.unproject([x - r.left, y - r.top]);
    return [ll.lng, ll.lat];
  }, to);
  const expected = gcoord.transform(shown, gcoord.GCJ02, gcoord.WGS84);
  const stored = JSON.parse(await page.evaluate(() => localStorage.getItem('haidian-site-editor-drafts-v1')));
  const draft = stored.drafts[PARK].draft;
  const off = distance(draft.point, expected, { units: 'meters' });
  assert.ok(off < 2, `saved ${draft.point}, ${off.toFixed(2)} m from the WGS-84 of the spot`);
  assert.ok(distance(draft.point, shown, { units: 'meters' }) > 500, 'not the GCJ-02 position');
  const today = await page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  assert.ok(
    draft.source.endsWith(`在高德卫星影像上定位，${today} / placed on AMap satellite imagery, ${today}`),
    draft.source,
  );
  // The park's point in the data is drawn (a grey dot, the line's start) where its circle is: both shifted once.
  const [origin, circle] = await page.evaluate((id) => {
    const map = window.__haidianMap;
    const dot = map.querySourceFeatures('editor').find((f) => f.properties.role === 'origin');
    const park = map.querySourceFeatures('parks').find((f) => f.properties.id === id);
    return [dot.geometry.coordinates, park.geometry.coordinates];
  }, PARK);
  assert.ok(distance(origin, circle, { units: 'meters' }) < 1, `origin dot ${origin}, park circle ${circle}`);
  await screenshot(page, 'basemap-editor-amap-img');
});

test('the print and the PNG carry the basemap credit and approval number; an unreadable picture is drawn on the embedded map', async ({
  page,
}) => {
  await page.addInitScript(() => {
    window.print = () => {};
    // A canvas the browser will not let be read (a tainted one) once, when the test says so.
    const read = CanvasRenderingContext2D.prototype.getImageData;
    CanvasRenderingContext2D.prototype.getImageData = function (...args) {
      if (window.__taintNext > 0) {
        window.__taintNext -= 1;
        throw new DOMException('The canvas has been tainted by cross-origin data.', 'SecurityError');
      }
      return read.apply(this, args);
    };
  });
  await open(page, `?lang=zh&basemap=amap-img&park=${PARK}`);
  await tilesRequested([/style=6/]);
  await waitForMapIdle(page);
  const credit = /^底图：© 高德地图 AutoNavi · 审图号 GS\(\d{4}\)\d+号$/;

  const exportPng = async () => {
    await page.getByRole('button', { name: '导出', exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /当前地图图片/ }).click(),
    ]);
    const bytes = readFileSync(await download.path());
    const debug = await page.evaluate(() => window.__haidianPngExport);
    return { bytes, debug };
  };
  const { bytes, debug } = await exportPng();
  assert.match(debug.basemapCredit, credit);
  assert.ok(
    debug.layout.texts.some((run) => /审图号 GS\(\d{4}\)\d+号/.test(run.text)),
    'the footer names the basemap with its approval number',
  );
  // The credit is written into the picture's bottom-left corner: a pale box over the (dark) mock imagery.
  const png = await decodePng(page, bytes);
  const { map } = debug.layout;
  const unit = debug.pixelRatio;
  const corner = {
    credit: pixel(png, map.x + 2 * unit, map.y + map.height - 2 * unit),
    middle: pixel(png, map.x + map.width / 2, map.y + 5 * unit),
  };
  assert.ok(corner.credit[0] > 200 && corner.credit[1] > 200, `credit box in the corner: ${corner.credit}`);
  assert.ok(
    Math.abs(corner.middle[0] - TILE_RGB.imagery[0]) < 40 && Math.abs(corner.middle[1] - TILE_RGB.imagery[1]) < 40,
    `the picture shows the imagery: ${corner.middle}`,
  );

  // The printed sheet: the credit under the map picture.
  await page.getByRole('button', { name: '打印', exact: true }).click();
  await page.getByRole('button', { name: /本园区/ }).click();
  await page.waitForSelector('.print-sheets[data-ready="true"]', { state: 'attached' });
  await page.emulateMedia({ media: 'print' });
  const pdf = path.join(ROOT, 'test-results', 'basemap-credit-sheet.pdf');
  mkdirSync(path.dirname(pdf), { recursive: true });
  await page.pdf({ path: pdf, format: 'A4', printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  assert.ok(/底图：©高德地图AutoNavi·审图号GS\(\d{4}\)\d+号/.test(text), 'the sheet carries the credit');
  await page.keyboard.press('Escape');

  // The browser will not let the picture be read: it is taken on the embedded map, and says so.
  await page.evaluate(() => {
    window.__taintNext = 1;
  });
  const again = await exportPng();
  assert.equal(again.debug.basemapCredit, '底图：内置底图（浏览器无法读取在线底图的画面，此图改用内置底图绘制）');
  await page.waitForFunction(() => window.__haidianMap.getLayer('basemap-base'), null, { timeout: 10_000 });
});
