// Accessibility: axe-core finds no serious or critical violation on the main views, in both languages.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test, waitForMapIdle, screenshot, listItem } from './fixtures.mjs';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const [A, B] = ['zgc-wenquan-science-park-phase-2', 'national-cybersecurity-park-core'];

/**
 * Serious and critical violations, one line each: rule, impact, the first offending nodes.
 * One narrow exception: a park-list card is one big button whose name is "Open <park name>" and whose other visible
 * text (town, area, industries, station) is its description (aria-describedby). axe's label-in-name rule counts all
 * visible text as the label; WCAG 2.5.3 asks that the name contain the visible *label*, the title. The exception is
 * taken only when the page confirms exactly that for the node: the name contains the title, and the description
 * element holds the rest.
 */
async function seriousViolations(page) {
  // evaluate() runs outside the page's CSP, so axe can be injected into a page that forbids inline script.
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) await page.evaluate(AXE);
  const violations = await page.evaluate(() =>
    window.axe.run(document, { resultTypes: ['violations'] }).then((r) =>
      r.violations.map((v) => {
        const cardWithTitleInName = (n) => {
          const el = document.querySelector(n.target.join(' '));
          if (v.id !== 'label-content-name-mismatch' || !el?.matches('.park-item')) return false;
          const title = el.querySelector('.park-item-title')?.lastChild?.textContent?.trim() ?? '';
          const desc = document.getElementById(el.getAttribute('aria-describedby') ?? '');
          return (
            title.length > 0 &&
            (el.getAttribute('aria-label') ?? '').includes(title) &&
            desc !== null &&
            el.contains(desc) &&
            desc.textContent.trim().length > 0
          );
        };
        const nodes = v.nodes.filter((n) => !cardWithTitleInName(n));
        return {
          id: v.id,
          impact: v.impact,
          help: v.help,
          count: nodes.length,
          nodes: nodes
            .slice(0, 4)
            .map((n) => `${n.target.join(' ')} :: ${n.failureSummary?.split('\n').slice(1, 2).join('')}`),
        };
      }),
    ),
  );
  return violations.filter((v) => v.count > 0 && (v.impact === 'serious' || v.impact === 'critical'));
}

/** Opens every disclosure (filters, layers, legend, transit lines), so their contents are checked too. */
const openAll = (page) =>
  page.evaluate(() =>
    document.querySelectorAll('details').forEach((d) => {
      d.open = true;
    }),
  );

/**
 * The views, reached the way a user does (a map load is the slow part under SwiftShader, so few of them): the map with
 * every disclosure open and a compare set in the tray, a park's card, the comparison and the presentation, the ranking
 * with every disclosure open; on a phone, the map, a card and the ranking.
 */
const FLOWS = {
  desktop: {
    viewport: { width: 1280, height: 800 },
    query: `cmp=${A},${B}`,
    views: [
      ['map', (page) => openAll(page)],
      [
        'card',
        async (page) => {
          await (await listItem(page, A)).click();
          await page.waitForSelector('.park-card h2');
        },
      ],
      [
        'compare',
        async (page) => {
          await page.keyboard.press('Escape');
          await page.getByRole('button', { name: /对比 2 个园区|Compare 2 parks/ }).click();
          await page.waitForSelector('.compare-view');
        },
      ],
      [
        'present',
        async (page) => {
          await page.keyboard.press('Escape');
          await page.locator('.compare-view').waitFor({ state: 'detached' });
          await page.getByRole('button', { name: /^(演示|Present)$/ }).click();
          await page.waitForSelector('.present-card');
        },
      ],
      [
        'rank',
        async (page) => {
          await page.keyboard.press('Escape');
          await page.locator('.present-card').waitFor({ state: 'detached' });
          await page.getByRole('button', { name: /^(排名|Rank)$/ }).click();
          await page.waitForSelector('.rank-list');
          await page.evaluate(() => document.querySelectorAll('.rank-view details').forEach((d) => (d.open = true)));
          await page.waitForSelector('.rank-matrix');
        },
      ],
    ],
  },
  phone: {
    viewport: { width: 390, height: 844 },
    query: '',
    views: [
      ['phone', async () => {}],
      [
        'phone-card',
        async (page) => {
          await page.getByRole('button', { name: /展开面板|Expand panel/ }).click();
          // The sheet has stopped growing (its height the same two frames apart) before the list is scrolled.
          await page.waitForFunction(
            () =>
              new Promise((resolve) => {
                const sheet = document.querySelector('.sheet');
                const before = sheet.getBoundingClientRect().height;
                requestAnimationFrame(() =>
                  requestAnimationFrame(() => resolve(Math.abs(sheet.getBoundingClientRect().height - before) < 0.5)),
                );
              }),
          );
          await (await listItem(page, A)).click();
          await page.waitForSelector('.park-card h2');
        },
      ],
      [
        'phone-rank',
        async (page) => {
          await page.keyboard.press('Escape');
          await page.getByRole('button', { name: /^(菜单|Menu)$/ }).click();
          await page.getByRole('button', { name: /^(排名|Rank)$/ }).click();
          await page.waitForSelector('.rank-list');
        },
      ],
    ],
  },
};

test('no serious or critical axe violation on the main views, in Chinese and English', async ({ newContext }) => {
  const failures = [];
  const checked = { zh: 0, en: 0 };
  const check = async (page, name, lang) => {
    await page.locator('#root h1').waitFor({ state: 'attached' });
    const v = await seriousViolations(page);
    checked[lang]++;
    if (v.length)
      failures.push(
        `${name}/${lang}:\n${v.map((x) => `  ${x.impact} ${x.id} (${x.help})\n    ${x.nodes.join('\n    ')}`).join('\n')}`,
      );
    await screenshot(page, `a11y-${name}-${lang}`);
  };

  // The desktop views in one page load: in Chinese from the map to the ranking; there the language is switched, and in
  // English from the ranking back to the map and on to the presentation.
  const desktop = await (await newContext({ viewport: FLOWS.desktop.viewport })).newPage();
  await desktop.goto(`/?lang=zh&${FLOWS.desktop.query}`);
  await waitForMapIdle(desktop);
  for (const [name, reach] of FLOWS.desktop.views) {
    await reach(desktop);
    await check(desktop, name, 'zh');
  }
  await desktop.getByRole('button', { name: /^English/ }).click();
  await desktop.getByRole('heading', { name: 'Ranking', exact: true }).waitFor();
  await desktop.evaluate(() => document.querySelectorAll('.rank-view details').forEach((d) => (d.open = true)));
  await desktop.waitForSelector('.rank-matrix');
  await check(desktop, 'rank', 'en');
  await desktop.getByRole('button', { name: /^Rank$/ }).click();
  await desktop.locator('.rank-list').waitFor({ state: 'detached' });
  for (const [name, reach] of FLOWS.desktop.views.filter(([name]) => name !== 'rank')) {
    await reach(desktop);
    await check(desktop, name, 'en');
  }

  // The phone views, one page load per language.
  for (const lang of ['zh', 'en']) {
    const context = await newContext({ viewport: FLOWS.phone.viewport });
    const page = await context.newPage();
    await page.goto(`/?lang=${lang}`);
    await waitForMapIdle(page);
    for (const [name, reach] of FLOWS.phone.views) {
      await reach(page);
      await check(page, name, lang);
    }
    await context.close();
  }
  assert.deepEqual(checked, { zh: 8, en: 8 });
  assert.equal(failures.length, 0, failures.join('\n'));
});
