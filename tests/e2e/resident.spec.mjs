// A resident on a phone (390 × 844, touch): finds a station by pinyin and sees what is near it, toggles the plan
// projects, opens a project, and uses their location (denied, inside Haidian, outside Haidian). Offline throughout.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { distance, booleanPointInPolygon } from '@turf/turf';
import { test, waitForMapIdle, renderedFeatures, screenshot, listPage, waitForApp } from './fixtures.mjs';

const read = (p) => JSON.parse(readFileSync(new URL(`../../${p}`, import.meta.url), 'utf8'));
const PARKS = read('data/parks.geojson').features;
const PROJECTS = read('data/plan-projects.geojson').features;
const STATIONS = read('geo/transit-stations.geojson').features;
const BOUNDARY = read('geo/boundary.geojson').features;

// Every test here runs on a phone.
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 1 };
test.use(PHONE);
const RADIUS_KM = 2;

/**
 * Checks the summary around `origin` (English lines) against the data files, computed here with turf. Surveyed
 * stations are exact counts. Parks, plan projects and indicative planned stations are uncertain regions: a line says
 * "N things", "N things, M more possibly" or "M things possibly within"; every one whose placed point is inside the
 * circle must be counted, none whose whole disc (point ± accuracy) is outside may be, and only those whose point is
 * inside can be certainly within.
 */
function checkLines(lines, origin) {
  const d = (f) => distance(origin, f.geometry.coordinates, { units: 'kilometers' });
  const groups = [
    ['industrial park', 'industrial parks', PARKS, (f) => f.properties.geocode.accuracyM],
    ...Object.entries({
      health: ['health project', 'health projects'],
      housing: ['housing project', 'housing projects'],
      green: ['park or green-space project', 'park and green-space projects'],
      transit: ['transit project', 'transit projects'],
      renewal: ['urban renewal project', 'urban renewal projects'],
      industry: ['industry project', 'industry projects'],
    }).map(([cat, [one, many]]) => [
      one,
      many,
      PROJECTS.filter((f) => f.properties.category === cat),
      (f) => f.properties.geocode.accuracyM,
    ]),
    [
      'planned station',
      'planned stations',
      STATIONS.filter((f) => f.geometry && f.properties.status !== 'open'),
      (f) => f.properties.provenance.accuracyM ?? 0,
    ],
  ];
  const seen = new Set();
  for (const [one, many, items, acc] of groups) {
    const lo = items.filter((f) => d(f) <= RADIUS_KM).length;
    const hi = items.filter((f) => d(f) - acc(f) / 1000 <= RADIUS_KM).length;
    const line = lines.find((l) =>
      new RegExp(`^\\d+ (${one}|${many})( possibly within|, \\d+ more possibly)?$`).test(l),
    );
    if (!line) {
      assert.equal(lo, 0, `${many}: ${lo} have their point inside, but no line`);
      continue;
    }
    seen.add(line);
    const m = /^(\d+) \D+?(?: possibly within|, (\d+) more possibly)?$/.exec(line);
    const certain = line.endsWith('possibly within') ? 0 : Number(m[1]);
    const total = line.endsWith('possibly within') ? Number(m[1]) : certain + Number(m[2] ?? 0);
    assert.ok(lo <= total && total <= hi, `${line}: between ${lo} and ${hi} in all`);
    assert.ok(certain <= lo, `${line}: at most ${lo} certainly within`);
  }
  const stations = STATIONS.filter((f) => f.geometry && f.properties.status === 'open' && d(f) <= RADIUS_KM);
  const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;
  const newLine = stations.filter((f) => f.properties.plannedLines?.length).length;
  const open = stations.length - newLine;
  const rest = lines.filter((l) => !seen.has(l));
  const expected = [];
  if (newLine) expected.push(plural(newLine, 'station gaining a planned line', 'stations gaining a planned line'));
  if (open) expected.push(plural(open, 'metro station', 'metro stations'));
  assert.deepEqual(rest, expected);
}

async function summaryLines(page) {
  await page.waitForSelector('.nearby .nearby-label');
  // Strip the "(about 2029)" years: the counts are what is compared.
  return (await page.locator('.nearby .nearby-label').allInnerTexts()).map((s) => s.replace(/\s*\(about [^)]*\)$/, ''));
}

test('a station found by pinyin centres the map and summarises what is within 2 km', async ({ page }) => {
  await page.goto(`/?lang=en`);
  await waitForMapIdle(page);
  // The phone layout: the header keeps its title and a menu; the sheet peeks with the search and the count.
  assert.equal(await page.getByRole('button', { name: 'Menu' }).isVisible(), true);
  assert.equal(await page.getByRole('button', { name: 'Switch language to Chinese' }).isVisible(), false);
  assert.match(await page.locator('.result-bar .count').innerText(), /18 of 18 parks/);
  assert.equal(await page.locator('.park-list').isVisible(), false, 'the list waits below the peek');
  await screenshot(page, 'resident-peek-en');
  // Touch targets of at least 44 × 44 px.
  for (const [what, loc] of [
    ['search', page.getByRole('combobox', { name: 'Search' })],
    ['locate', page.getByRole('button', { name: 'Use my location' })],
    ['sheet handle', page.getByRole('button', { name: 'Expand panel' })],
    ['menu', page.getByRole('button', { name: 'Menu' })],
    ['sort', page.getByRole('combobox', { name: 'Sort' })],
  ]) {
    const r = await loc.boundingBox();
    assert.ok(r && r.height >= 44 && r.width >= 44, `${what}: ${JSON.stringify(r)}`);
  }
  await page.getByRole('button', { name: 'Menu' }).tap();
  assert.equal(await page.getByRole('button', { name: 'Switch language to Chinese' }).isVisible(), true);
  await screenshot(page, 'resident-menu-en');
  await page.getByRole('button', { name: 'Close menu' }).tap();

  const box = page.getByRole('combobox', { name: 'Search' });
  await box.tap();
  await box.fill('xierqi');
  const first = page.getByRole('listbox').getByRole('option').first();
  await first.waitFor();
  assert.match(await first.innerText(), /Xierqi[\s\S]*Metro station/);
  assert.equal(await box.getAttribute('aria-expanded'), 'true');
  await screenshot(page, 'resident-search-en');
  await first.tap();

  const xierqi = STATIONS.find((f) => f.properties.id === 'xierqi').geometry.coordinates;
  assert.equal(await page.locator('.nearby h2').innerText(), 'Near Xierqi');
  const lines = await summaryLines(page);
  checkLines(lines, xierqi);
  assert.ok(lines.length >= 3, `a few kinds of things near 西二旗: ${lines.join('; ')}`);
  assert.equal(await box.inputValue(), '', 'the place replaces the typed text, so the park list is not filtered');

  // The camera framed the radius: the station sits in the map above the sheet.
  await waitForMapIdle(page);
  const pt = await page.evaluate((c) => {
    const p = window.__haidianMap.project(c);
    return {
      x: p.x,
      y: p.y,
      sheetTop:
        document.querySelector('.sheet').getBoundingClientRect().top -
        document.querySelector('.map-wrap').getBoundingClientRect().top,
    };
  }, xierqi);
  assert.ok(
    pt.x > 0 && pt.x < 390 && pt.y > 0 && pt.y < pt.sheetTop,
    `station on screen above the sheet: ${JSON.stringify(pt)}`,
  );
  await screenshot(page, 'resident-summary-en');

  // Each line is clickable: a single item opens it; several expand into a list.
  const multi = page.locator('.nearby-line[aria-expanded]').first();
  if (await multi.count()) {
    await multi.tap();
    assert.equal(await multi.getAttribute('aria-expanded'), 'true');
    assert.ok((await page.locator('.nearby-items:not([hidden]) .nearby-item').count()) >= 2);
  }
  // The parks line opens the park when it counts one; with several (some possibly within) it lists them first.
  const parksLine = page.locator('.nearby-parks .nearby-line');
  const expanded = await parksLine.getAttribute('aria-expanded');
  if (expanded === null) await parksLine.tap();
  else {
    if (expanded === 'false') await parksLine.tap();
    await page.locator('.nearby-parks .nearby-item').first().tap();
  }
  await page.waitForSelector('.park-card h2');
  assert.equal(
    await page.locator('.sheet').getAttribute('data-sheet'),
    'full',
    'a card opens the sheet to full height',
  );
  await screenshot(page, 'resident-park-card-en');
});

test('the plan projects layer toggles, and tapping a project opens its card quoting the plan', async ({ page }) => {
  await page.goto(`/?lang=zh`);
  await waitForMapIdle(page);
  const ids = async () => new Set((await renderedFeatures(page, ['projects-circle'])).map((f) => f.properties.id));
  // A layout change does not reset the idle flag, so wait for the drawn count itself.
  const waitForCount = (layer, n) =>
    page.waitForFunction(
      ([l, k]) =>
        new Set(window.__haidianMap.queryRenderedFeatures({ layers: [l] }).map((f) => f.properties.id)).size === k,
      [layer, n],
      { timeout: 15000 },
    );
  await waitForCount('projects-circle', PROJECTS.length);
  assert.equal((await ids()).size, PROJECTS.length, 'every project drawn at the district view');
  await waitForCount('projects-label', PROJECTS.length);
  const glyphs = await renderedFeatures(page, ['projects-label']);
  assert.equal(new Set(glyphs.map((f) => f.properties.id)).size, PROJECTS.length, 'every project carries its glyph');
  assert.equal(
    await page.evaluate(() =>
      ['health', 'housing', 'green', 'transit', 'renewal', 'industry'].every((c) =>
        window.__haidianMap.hasImage(`project-glyph-${c}`),
      ),
    ),
    true,
  );

  await page.locator('.layers summary').tap();
  const toggle = page.getByRole('checkbox', { name: '规划项目' });
  await toggle.tap();
  await waitForCount('projects-circle', 0);
  assert.equal((await ids()).size, 0, 'hidden');
  assert.match(page.url(), /hide=[^&]*projects/);
  await toggle.tap();
  await waitForCount('projects-circle', PROJECTS.length);
  assert.equal((await ids()).size, PROJECTS.length, 'shown again');
  await page.locator('.layers summary').tap();

  // The legend (closed on phones) names the categories.
  await page.locator('.legend summary').tap();
  for (const name of ['医疗卫生', '住房', '公园绿地', '交通', '城市更新', '产业']) {
    assert.equal(await page.locator('.legend-projects li', { hasText: new RegExp(`^${name}$`) }).count(), 1, name);
  }
  await screenshot(page, 'resident-projects-legend-zh');
  await page.locator('.legend summary').tap();

  const target = PROJECTS.find((f) => f.properties.id === 'sujiatuo-central-hospital');
  const at = await page.evaluate((c) => {
    const p = window.__haidianMap.project(c);
    const r = document.querySelector('.map-wrap').getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  }, target.geometry.coordinates);
  await page.touchscreen.tap(at.x, at.y);
  const card = page.locator('.project-card');
  await card.waitFor();
  assert.equal(
    await card
      .locator('h2')
      .innerText()
      .then((s) => s.startsWith(target.properties.name.zh)),
    true,
  );
  const quote = await card.locator('blockquote').innerText();
  assert.ok(
    quote.includes(target.properties.planText.zh) && quote.includes(target.properties.planText.en),
    'the plan sentence, both languages',
  );
  assert.ok((await card.innerText()).includes(target.properties.status.zh), 'status as the plan gives it');
  assert.equal(await page.locator('.sheet').getAttribute('data-sheet'), 'full');
  await screenshot(page, 'resident-project-card-zh');
});

test('denied geolocation explains itself', async ({ newContext }) => {
  // No geolocation permission in this context: Chromium denies the request without a prompt. No map is needed: the
  // list view (a browser without WebGL) on the same phone.
  const page = await listPage(newContext, PHONE);
  await page.goto(`/?lang=en`);
  await waitForApp(page);
  await page.getByRole('button', { name: 'Use my location' }).tap();
  const notice = page.locator('.notice', { hasText: 'permission was denied' });
  await notice.waitFor();
  assert.equal(await notice.isVisible(), true);
  assert.equal(await page.locator('.nearby').count(), 0, 'no summary without a place');
  await screenshot(page, 'resident-geo-denied-en');
});

// Near 中关村 (Zhongguancun), inside the district.
const INSIDE = { longitude: 116.3162, latitude: 39.9839 };

// The summary around a position needs no map: the list view (a browser without WebGL) on the same phone.
test('a position inside Haidian gives the summary; one outside says so', async ({ newContext }) => {
  const context = await newContext({ webgl: false, ...PHONE, geolocation: INSIDE, permissions: ['geolocation'] });
  const page = await context.newPage();
  assert.ok(BOUNDARY.some((f) => booleanPointInPolygon([INSIDE.longitude, INSIDE.latitude], f.geometry)));
  await page.goto(`/?lang=zh`);
  await waitForApp(page);
  await page.getByRole('button', { name: '使用我的位置' }).tap();
  await page.waitForSelector('.nearby h2');
  assert.equal(await page.locator('.nearby h2').innerText(), '我的位置附近');
  assert.equal(await page.locator('.sheet').getAttribute('data-sheet'), 'half');
  // Compare counts in English.
  await page.getByRole('button', { name: '菜单' }).tap();
  await page.getByRole('button', { name: '切换语言到英文' }).tap();
  await page.getByRole('button', { name: 'Close menu' }).tap();
  assert.equal(await page.locator('.nearby h2').innerText(), 'Near My location');
  checkLines(await summaryLines(page), [INSIDE.longitude, INSIDE.latitude]);
  await screenshot(page, 'resident-geo-inside-en');

  // Tiananmen is in Dongcheng, outside Haidian.
  await context.setGeolocation({ longitude: 116.3975, latitude: 39.9087 });
  await page.getByRole('button', { name: 'Use my location' }).tap();
  await page.locator('.notice', { hasText: 'outside Haidian' }).waitFor();
});
