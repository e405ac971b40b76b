/* global window */
// `npm run docs:screenshots`: the README's pictures, from the built app (run `npm run build` first) in headless
// Chromium: the default map (docs/screenshot.png, 1440 × 900), a presentation slide on a 1280 × 720 projector
// (docs/present.png), the exported map page (docs/export.png, from the Export menu), the embedded basemap's streets at
// zoom 15 around a park (docs/streets.png) and the basemap chooser asking for a Tianditu key (docs/basemap-chooser.png;
// no online tile is requested: the preset waits for its key), the door-to-door card to 西二旗 (docs/door-to-door.png)
// and the area from which 北沙滩 is within 45 minutes, now and after the plan (docs/reach-now.png, docs/reach-plan.png),
// and the ranking of the AI parks with its ranks on the map (docs/ranking.png). Chinese UI throughout.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer, CHROMIUM_ARGS, CHROMIUM_PATH } from './browser.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const docs = (name) => path.join(ROOT, 'docs', name);
const idle = (page) => page.waitForSelector('.map-wrap[data-map-idle="true"]', { timeout: 60000 });
/** Waits until the map has stopped moving and drawn everything (labels placed, fonts in). */
const settled = (page) =>
  page.waitForFunction(() => {
    const map = window.__haidianMap;
    return map && !map.isMoving() && map.loaded() && map.areTilesLoaded();
  });

const server = await startServer({ dist: process.env.E2E_DIST });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  const open = async (width, height, query) => {
    const page = await browser.newPage({ viewport: { width, height }, reducedMotion: 'reduce', acceptDownloads: true });
    await page.goto(`${server.url}${query}`);
    await idle(page);
    await settled(page);
    await page.waitForTimeout(500);
    return page;
  };

  const map = await open(1440, 900, '?lang=zh');
  await map.screenshot({ path: docs('screenshot.png') });
  const [download] = await Promise.all([
    map.waitForEvent('download'),
    (async () => {
      await map.getByRole('button', { name: '导出' }).click();
      await map.getByRole('button', { name: /当前地图图片/ }).click();
    })(),
  ]);
  writeFileSync(docs('export.png'), await (await download.createReadStream()).toArray().then(Buffer.concat));
  await map.close();

  const present = await open(1280, 720, '?lang=zh&ind=biomed&present=1');
  await present.locator('.present-card').waitFor();
  await settled(present);
  await present.waitForTimeout(800);
  await present.screenshot({ path: docs('present.png') });
  await present.close();
  // Street level, offline: the named streets around 中关村(海淀)量子科技未来产业园 (上地三街, 信息路…).
  const streets = await open(
    1440,
    900,
    '?lang=zh&park=zgc-haidian-quantum-future-industry-park#map=15/40.0368/116.3034',
  );
  await streets.screenshot({ path: docs('streets.png') });
  await streets.close();

  // The chooser: Tianditu imagery chosen in a browser without a key, so it asks for one.
  const chooser = await open(1440, 900, '?lang=zh');
  await chooser.locator('details.layers summary').click();
  await chooser.getByRole('radio', { name: /^天地图 · 影像/ }).click();
  await chooser.getByText('天地图 · 影像需要天地图密钥（浏览器端）。').waitFor();
  await chooser.screenshot({ path: docs('basemap-chooser.png'), clip: { x: 980, y: 54, width: 460, height: 520 } });
  await chooser.close();

  // Door to door: the card's block (to 西二旗), and the reach of 北沙滩 within 45 min now and after the plan.
  const card = await open(1440, 900, '?lang=zh&to=xierqi&park=zgc-haidian-quantum-future-industry-park');
  const block = card.locator('.commute-block');
  await block.getByText('怎么算的').click();
  await block.screenshot({ path: docs('door-to-door.png') });
  await card.close();
  for (const scen of ['now', 'plan']) {
    const reach = await open(1440, 900, `?lang=zh&to=beishatan&reach=45&scen=${scen}#map=11.4/40.01/116.36`);
    await reach.getByText('一定可达').first().waitFor();
    await reach.locator('details.legend summary').click();
    await reach.waitForTimeout(300);
    await reach.screenshot({ path: docs(`reach-${scen}.png`), clip: { x: 420, y: 54, width: 1020, height: 846 } });
    await reach.close();
  }
  // The ranking of the example link, the list in view, ranks and tiers on the map.
  const rank = await open(1440, 900, '?lang=zh&view=rank&w=transit:3,size:2,industry:2&target=100000&ind=ai&rmap=1');
  await rank.locator('.rank-list').waitFor();
  await rank.locator('.rank-criteria > summary').click();
  await rank.locator('.rank-robust').scrollIntoViewIfNeeded();
  await settled(rank);
  await rank.waitForTimeout(300);
  await rank.screenshot({ path: docs('ranking.png') });
  await rank.close();
  console.log(
    'docs/screenshot.png, docs/export.png, docs/present.png, docs/streets.png, docs/basemap-chooser.png,',
    'docs/door-to-door.png, docs/reach-now.png, docs/reach-plan.png, docs/ranking.png written',
  );
} finally {
  await browser.close();
  server.stop();
}
