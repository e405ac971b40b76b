/**
 * Bad input with the whole app mounted: a handful of the worst malformed links (query strings and #map= hashes) go
 * through the app's real start path (startUrlSync). None blanks the page or throws; each shows a notice; the address
 * is cleaned. Data and link text is rendered as text, never as HTML. The 540 generated links run against the start
 * path alone in tests/unit/store/url-sync.test.ts (mounting the app for each took most of a minute).
 */
import { describe, it, expect, beforeAll, afterAll, beforeEach, vi } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { i18n } from '../../src/i18n/index.ts';
import { useAppStore } from '../../src/store/index.ts';
import { startUrlSync, urlVocabulary } from '../../src/store/url-sync.ts';
import { CAMERA_LIMITS } from '../../src/data/camera.ts';
import { parseUrlState } from '../../src/lib/url-state.ts';
import { parseCameraHash } from '../../src/lib/camera-hash.ts';
import { PARKS } from '../../src/data/index.ts';
import { App } from '../../src/app.tsx';
import { ParkListItem } from '../../src/features/park-list/ParkList.tsx';
import * as maplibre from '../../src/map/maplibre.ts';
import { renderUi } from './render.tsx';

/** Links with every kind of fault at once: script, broken escapes, huge keys and values, repeated keys, bad cameras. */
const WORST = [
  `/?park=${encodeURIComponent('<script>alert(1)</script>')}&q=<b>q</b>#<script>alert(1)</script>`,
  `/?${'k'.repeat(300)}=1&park=${'x'.repeat(5000)}#${'9'.repeat(400)}`,
  '/?ind=%E0%A4%A&sort=%&min=-1&__proto__=1&constructor=2#%E0%A4%A',
  '/?lang=en&lang=zh&basemap=javascript:alert(1)&at=999,999&r=NaN#map=NaN/NaN/NaN',
  '/?海淀=😀&lang=EN&tk=1e309&view=<img src=x onerror=alert(1)>#map=11/39.9/116.3&map=12/39.9/116.3',
  `/?sort=<b>x</b>&present=%00&cmp=${PARKS[0]!.id},${PARKS[0]!.id},nope#map=99/999/999`,
];
const URL_NOTICE = /链接中的部分参数无法识别|Some link values were not understood/;
const HASH_NOTICE = /链接中的地图位置无法识别|The map position in the link was not understood/;

describe('malformed links', () => {
  const uncaught: string[] = [];
  const onError = (e: ErrorEvent) => uncaught.push(String(e.error ?? e.message));

  beforeAll(() => {
    vi.spyOn(maplibre, 'hasWebGL2').mockReturnValue(true);
    window.addEventListener('error', onError);
  });
  afterAll(() => {
    window.removeEventListener('error', onError);
    window.history.replaceState(null, '', '/');
  });

  it(`${WORST.length} of the worst links: the page stays up, a notice names the problem, the address is cleaned`, () => {
    const errors = vi.spyOn(console, 'error');
    // The app is mounted once; each link re-runs the start path under it.
    useAppStore.setState(useAppStore.getInitialState(), true);
    renderUi();
    for (const [i, url] of WORST.entries()) {
      const label = `link ${i}: ${url.slice(0, 120)}`;
      let stop = () => {};
      act(() => {
        useAppStore.setState(useAppStore.getInitialState(), true);
        window.history.replaceState(null, '', url);
        stop = startUrlSync(window);
      });
      try {
        expect(screen.getByRole('heading', { level: 1 }).textContent, label).toMatch(
          /海淀选址地图|Haidian Site Finder/,
        );
        const notices = screen
          .getAllByRole('status')
          .map((el) => el.textContent)
          .join(' ');
        expect(notices, label).toMatch(URL_NOTICE);
        expect(notices, label).toMatch(HASH_NOTICE);
        expect(document.querySelector('.notices b, .notices img, .notices script'), label).toBeNull();
        // The address keeps only what the app understood.
        expect(parseUrlState(window.location.search, urlVocabulary()).warnings, label).toEqual([]);
        expect(parseCameraHash(window.location.hash, CAMERA_LIMITS).ok, label).toBe(true);
      } finally {
        stop();
      }
    }
    expect(uncaught).toEqual([]);
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });
});

describe('text from data and links is never HTML', () => {
  beforeEach(() => {
    useAppStore.setState(useAppStore.getInitialState(), true);
    vi.spyOn(maplibre, 'hasWebGL2').mockReturnValue(true);
  });

  it('a park name containing <b> renders as the literal text', async () => {
    await i18n.changeLanguage('zh');
    const park = { ...PARKS[0]!, name: { zh: '<b>粗体</b>园区', en: '<b>Bold</b> park <img src=x onerror=alert(1)>' } };
    const { container } = renderUi(<ParkListItem park={park} active />);
    expect(container.querySelector('b, img')).toBeNull();
    expect(container.textContent).toContain('<b>粗体</b>园区');
    expect(screen.getByRole('button', { name: '查看 <b>粗体</b>园区' })).toBeInstanceOf(HTMLElement);
  });

  it('HTML in a link shows as text in the notice and the search box', () => {
    window.history.replaceState(
      null,
      '',
      `/?q=${encodeURIComponent('<b>q</b>')}&park=${encodeURIComponent('<img src=x onerror=alert(1)>')}`,
    );
    let stop = () => {};
    act(() => {
      stop = startUrlSync(window);
    });
    try {
      const { container } = render(<App />);
      const status = screen.getAllByRole('status').find((el) => el.classList.contains('notices'))!;
      expect(within(status).getByText(/park=<img src=x onerror=alert\(1\)>/)).toBeInstanceOf(HTMLElement);
      expect(container.querySelector('img[src="x"], b')).toBeNull();
      expect(screen.getByRole<HTMLInputElement>('combobox', { name: /^(搜索|Search)$/ }).value).toBe('<b>q</b>');
    } finally {
      stop();
      window.history.replaceState(null, '', '/');
    }
  });

  it('no source file sets HTML from strings', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const p = path.join(dir, name);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.(ts|tsx)$/.test(name)) files.push(p);
      }
    };
    walk(path.resolve(__dirname, '../../src'));
    expect(files.length).toBeGreaterThan(20);
    const offenders = files.filter((f) =>
      /dangerouslySetInnerHTML|\.innerHTML\s*=|outerHTML\s*=|insertAdjacentHTML|document\.write\(/.test(
        readFileSync(f, 'utf8'),
      ),
    );
    expect(offenders).toEqual([]);
  });
});
