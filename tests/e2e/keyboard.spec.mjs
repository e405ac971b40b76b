// Keyboard only (Tab, Shift+Tab, Enter, Space, arrows, Escape): filter, walk the park list, open a card, add two parks to
// compare, open the comparison, present a tour. Focus is visible at every stop and is moved to the card and back.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test, waitForMapIdle, screenshot } from './fixtures.mjs';

const PARKS = JSON.parse(readFileSync(new URL('../../data/parks.geojson', import.meta.url), 'utf8')).features.map(
  (f) => f.properties,
);
const BY_SEQ = [...PARKS].sort((a, b) => a.seq - b.seq);

/** The focused element: a short description, and whether a visible focus ring is drawn (outline or box-shadow). */
const focused = (page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { tag: 'body', text: '', ring: false };
    const cs = getComputedStyle(el);
    const ring =
      (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2) ||
      (cs.boxShadow !== 'none' && cs.boxShadow !== '');
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      cls: el.className,
      text: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 80),
      parkId: el.dataset?.parkId ?? null,
      ring,
      focusVisible: el.matches(':focus-visible'),
    };
  });

/** Presses Tab (or Shift+Tab) until the focused element matches `selector` (and `text`), at most `max` times. */
async function tabTo(page, selector, { text = null, back = false, max = 120 } = {}) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const hit = await page.evaluate(
      ({ selector, text }) => {
        const el = document.activeElement;
        if (!el || !el.matches(selector)) return false;
        return text === null || new RegExp(text).test(el.getAttribute('aria-label') ?? el.textContent ?? '');
      },
      { selector, text },
    );
    if (hit) return focused(page);
  }
  throw new Error(`Tab never reached ${selector} ${text ?? ''}`);
}

async function assertRing(page, where) {
  const f = await focused(page);
  assert.ok(f.focusVisible && f.ring, `visible focus at ${where}: ${JSON.stringify(f)}`);
  return f;
}

test.describe(() => {
  test.use({ reducedMotion: 'reduce' });
  // One page load for both: the keyboard flows, then what colour says on the same page.
  test('every flow works from the keyboard alone, with visible, managed focus; colour is never alone: chips, list tags and the legend carry text; planned lines are dashed in the legend', async ({
    page,
  }) => {
    await page.goto(`/?lang=en`);
    await waitForMapIdle(page);

    // The skip link is the first stop and jumps to the list's current entry.
    await page.keyboard.press('Tab');
    let f = await assertRing(page, 'skip link');
    assert.equal(f.cls, 'skip-link');
    await page.keyboard.press('Enter');
    f = await assertRing(page, 'first park');
    assert.equal(f.parkId, BY_SEQ[0].id);
    assert.doesNotMatch(page.url(), /#park-list/, 'the skip link leaves the camera hash alone');

    // Arrow keys walk the list; Home and End jump.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction((id) => document.activeElement?.dataset?.parkId === id, BY_SEQ[2].id);
    await page.keyboard.press('End');
    await page.waitForFunction((id) => document.activeElement?.dataset?.parkId === id, BY_SEQ[17].id);
    await page.keyboard.press('Home');
    await page.waitForFunction((id) => document.activeElement?.dataset?.parkId === id, BY_SEQ[0].id);
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction((id) => document.activeElement?.dataset?.parkId === id, BY_SEQ[1].id);
    await assertRing(page, 'second park');

    // Enter opens the card and focus moves to its title; the card's compare button is reachable; Escape returns to the entry.
    for (const park of [BY_SEQ[1], BY_SEQ[2]]) {
      if (park !== BY_SEQ[1]) {
        await page.keyboard.press('ArrowDown');
        await page.waitForFunction((id) => document.activeElement?.dataset?.parkId === id, park.id);
      }
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.id === 'park-card-title');
      assert.equal(await page.locator('#park-card-title').evaluate((e) => e.firstChild.textContent), park.name.en);
      await assertRing(page, 'card title');
      assert.match(page.url(), new RegExp(`park=${park.id}`));
      await tabTo(page, '.park-card .card-actions button', { text: 'ompare' });
      await assertRing(page, 'card compare button');
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        (id) => new URL(location.href).searchParams.get('cmp')?.split(',').includes(id),
        park.id,
      );
      if (park === BY_SEQ[1]) await screenshot(page, 'keyboard-card-en');
      await page.keyboard.press('Escape');
      await page
        .waitForFunction((id) => document.activeElement?.dataset?.parkId === id, park.id, { timeout: 5000 })
        .catch(async (e) => {
          throw new Error(
            `focus after closing the card of ${park.id}: ${JSON.stringify(await focused(page))} url ${page.url()} ${e}`,
          );
        });
      assert.doesNotMatch(page.url(), /park=/);
    }

    // The compare tray's button opens the comparison of the two; Escape closes it.
    await tabTo(page, '.compare-tray .button.primary');
    await assertRing(page, 'compare button');
    await page.keyboard.press('Enter');
    await page.locator('.compare-view').waitFor();
    assert.match(page.url(), /view=compare/);
    const compared = await page.locator('.compare-view').innerText();
    assert.ok(compared.includes(BY_SEQ[1].name.en) && compared.includes(BY_SEQ[2].name.en), 'both parks compared');
    await screenshot(page, 'keyboard-compare-en');
    await page.keyboard.press('Escape');
    await page.locator('.compare-view').waitFor({ state: 'detached' });
    assert.doesNotMatch(page.url(), /view=compare/);

    // A filter chip toggles with Space; the count follows.
    const ai = PARKS.filter((p) => p.industries.includes('ai')).length;
    await tabTo(page, '.filters .chip', { text: '^AI', back: true });
    await assertRing(page, 'industry chip');
    await page.keyboard.press('Space');
    await page.waitForFunction(
      (n) => document.querySelector('.result-bar')?.textContent.includes(`${n} of 18 parks`),
      ai,
    );
    assert.match(page.url(), /ind=ai/);
    await page.keyboard.press('Space');
    await page.waitForFunction(() => document.querySelector('.result-bar')?.textContent.includes('18 of 18 parks'));

    // Presentation: the header's Present button, arrows to move, Escape to leave.
    await tabTo(page, '.app-header button', { text: '^Present$', back: true });
    await assertRing(page, 'present button');
    await page.keyboard.press('Enter');
    await page.locator('.present-card').waitFor();
    const progress = () => page.locator('.present-progress').innerText();
    const first = await progress();
    assert.match(first, /^1 \/ \d+$/);
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => /^2 \//.test(document.querySelector('.present-progress')?.textContent ?? ''));
    await tabTo(page, '.present button');
    await assertRing(page, 'presentation control');
    await page.keyboard.press('Escape');
    await page.locator('.present-card').waitFor({ state: 'detached' });
    assert.doesNotMatch(page.url(), /present=1/);

    // Colour is never alone: chips, list tags and the legend carry text; planned lines are dashed in the legend.
    await page.evaluate(() =>
      document.querySelectorAll('details').forEach((d) => {
        d.open = true;
      }),
    );
    // Every colour dot sits beside visible text.
    const bare = await page.evaluate(
      () =>
        [...document.querySelectorAll('.chip-dot')].filter((dot) => !(dot.parentElement?.textContent ?? '').trim())
          .length,
    );
    assert.equal(bare, 0, 'colour dots without a label');
    assert.ok((await page.locator('.chip-dot').count()) > 10);
    // The legend tells planned from open lines by dash pattern and words, not by colour.
    const lines = await page.evaluate(() =>
      [...document.querySelectorAll('.swatch-line')].map((el) => ({
        style: getComputedStyle(el).borderTopStyle,
        text: (el.closest('li')?.textContent ?? '').trim(),
      })),
    );
    const solid = lines.find((l) => l.style === 'solid' && l.text);
    const dashed = lines.find((l) => l.style === 'dashed' && l.text);
    const dotted = lines.find((l) => l.style === 'dotted' && l.text);
    assert.ok(solid && dashed && dotted, `legend line styles: ${JSON.stringify(lines)}`);
    assert.notEqual(solid.text, dashed.text);
    assert.match(dotted.text, /indicative/);
    // And on the map itself planned lines are dashed.
    const dash = await page.evaluate(() =>
      window.__haidianMap.getPaintProperty('transit-planned-line', 'line-dasharray'),
    );
    assert.ok(Array.isArray(dash) && dash.length >= 2, `planned dash: ${JSON.stringify(dash)}`);
  });
});
