// Nothing covers what you opened (issue 14): the compare tray leaves the park list room for three parks at 1440 × 900,
// and the camera frames what it moves to in the part of the map no panel covers — a chosen place beside an open
// legend, a park opened from a link above the phone's bottom sheet.
import assert from 'node:assert/strict';
import { test, waitForMapIdle, screenshot } from './fixtures.mjs';

// The camera's own moves, as a user without a reduced-motion preference sees them (the rest of the suite jumps).
test.use({ reducedMotion: 'no-preference' });

const FOUR = [
  'zgc-bonded-zone-phase-1',
  'beijing-agi-innovation-park-pilot-zone',
  'zgc-wenquan-science-park-phase-2',
  'zgc-xibeiwang-science-park-phase-1',
];

/** Scrolled to the top, how many list rows show their title (its first line at least) in the list's box, clear of the tray. */
async function titlesInView(page) {
  return page.evaluate(async () => {
    const el = document.querySelector('#park-list');
    el.scrollTop = 0;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const list = el.getBoundingClientRect();
    const tray = document.querySelector('.compare-tray').getBoundingClientRect();
    const bottom = Math.min(list.bottom, tray.top);
    return [...document.querySelectorAll('#park-list .park-item-title')].filter((el) => {
      const r = el.getBoundingClientRect();
      const line = parseFloat(getComputedStyle(el).lineHeight) || 20;
      return r.height > 0 && r.top >= list.top - 1 && r.top + line <= bottom + 1;
    }).length;
  });
}

test.describe('at 1440 × 900', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('with four parks in the compare tray, the list keeps at least three in view, in both languages', async ({
    page,
  }) => {
    const fontRequests = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'font' || /\.(woff2?|ttf|otf)$|fonts?\.css$/.test(r.url())) fontRequests.push(r.url());
    });
    await page.goto(`/?lang=zh&cmp=${FOUR.join(',')}`);
    const tray = page.getByRole('region', { name: '对比栏' });
    await tray.getByRole('button', { name: /对比 4 个园区/ }).waitFor();
    assert.ok((await titlesInView(page)) >= 3, `zh: ${await titlesInView(page)} parks in view`);
    // The tray's letters stand for the names; the list marks the same parks with them.
    assert.equal(
      await page
        .locator('#park-list [role="listitem"]:has([data-park-id="zgc-bonded-zone-phase-1"]) .compare-letter')
        .innerText(),
      'A',
    );
    // The names, their remove buttons and Clear open on demand.
    await tray.getByRole('button', { name: /显示对比园区的名称/ }).click();
    assert.ok(await tray.getByRole('button', { name: '移出对比：中关村综保区(一期)' }).isVisible());
    await tray.getByRole('button', { name: /收起对比园区的名称/ }).click();

    await page.getByRole('button', { name: /^English/ }).click();
    await page.getByRole('button', { name: /Compare 4 parks/ }).waitFor();
    assert.ok((await titlesInView(page)) >= 3, `en: ${await titlesInView(page)} parks in view`);
    await screenshot(page, 'compare-tray-1440x900-en');
    // The UI's text is set in the system's fonts: no font file or font style sheet is fetched, so none blocks the
    // first paint (the tray's ▸ ▾ come from whichever system font draws them).
    assert.deepEqual(fontRequests, []);
    assert.equal(await page.locator('link[rel="stylesheet"][href*="font"]').count(), 0);
  });

  test('a place chosen with the legend open is framed clear of the legend', async ({ page }) => {
    await page.goto('/?lang=zh');
    await waitForMapIdle(page);
    await page.locator('details.legend > summary').click();
    const search = page.getByRole('combobox', { name: '搜索' });
    await search.fill('西二旗');
    await page
      .getByRole('listbox')
      .getByRole('option', { name: /西二旗.*地铁站/ })
      .first()
      .click();
    await page.waitForFunction(() => /[?&]at=/.test(location.search));
    await page.waitForFunction(() => !window.__haidianMap.isMoving());
    const { circleRight, legendLeft, mapRight } = await page.evaluate(() => {
      const map = window.__haidianMap;
      const q = new URLSearchParams(location.search);
      const [lng, lat] = q.get('at').split(',').map(Number);
      const km = Number(q.get('r') ?? 2);
      const dLng = km / (111.32 * Math.cos((lat * Math.PI) / 180));
      const box = map.getContainer().getBoundingClientRect();
      return {
        circleRight: box.left + map.project([lng + dLng, lat]).x,
        legendLeft: document.querySelector('details.legend').getBoundingClientRect().left,
        mapRight: box.right,
      };
    });
    assert.ok(legendLeft < mapRight - 100, `the legend is open (left edge ${legendLeft})`);
    assert.ok(
      circleRight <= legendLeft,
      `the circle reaches x=${circleRight.toFixed(0)}, the legend starts at ${legendLeft.toFixed(0)}`,
    );
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('a park opened from a link is above the sheet when its card is closed', async ({ page }) => {
    const id = 'dongsheng-science-park-haikai';
    await page.goto(`/?lang=zh&park=${id}`);
    await waitForMapIdle(page);
    await page.getByRole('button', { name: /返回列表/ }).click();
    // The sheet settles at half height (a 0.2 s transition).
    await page.waitForFunction(() => {
      const s = document.querySelector('.sheet');
      return (
        s.dataset.sheet === 'half' && Math.abs(s.getBoundingClientRect().height - s.parentElement.clientHeight / 2) < 2
      );
    });
    const { y, sheetTop, top } = await page.evaluate(() => {
      const map = window.__haidianMap;
      const box = map.getContainer().getBoundingClientRect();
      return {
        y: box.top + map.project([116.366657, 40.040799]).y,
        sheetTop: document.querySelector('.sheet').getBoundingClientRect().top,
        top: box.top,
      };
    });
    // Focus returns to the park's row, and the sheet shows it whole: not below the fold of the half sheet. The sheet
    // reveals it when its height transition ends, which can be a frame after the height is within 2 px of half.
    const shown = await page
      .waitForFunction(
        () => {
          const r = document.activeElement.getBoundingClientRect();
          return r.top >= document.querySelector('.sheet').getBoundingClientRect().top && r.bottom <= innerHeight;
        },
        null,
        { timeout: 3000 },
      )
      .then(() => true)
      .catch(() => false);
    const row = await page.evaluate(() => {
      const e = document.activeElement;
      const r = e.getBoundingClientRect();
      return { id: e.dataset.parkId, top: r.top, bottom: r.bottom, vh: innerHeight };
    });
    assert.equal(row.id, id);
    assert.ok(shown, `the focused row is at ${JSON.stringify(row)}`);
    await screenshot(page, 'phone-park-link-sheet-half');
    assert.ok(
      y > top + 40 && y < sheetTop - 40,
      `the park is at y=${y.toFixed(0)}, the sheet starts at ${sheetTop.toFixed(0)}`,
    );
  });
});
