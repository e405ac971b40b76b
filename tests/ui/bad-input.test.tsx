/**
 * Bad input: 540 generated malformed links (query strings and #map= hashes) go through the app's real start path
 * (startUrlSync) with the whole app mounted. None blanks the page or throws; each shows a notice; the address is
 * cleaned. Data and link text is rendered as text, never as HTML.
 */
import { describe, it, expect, beforeAll, afterAll, beforeEach, vi } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { I18nextProvider } from 'react-i18next';
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

/** Deterministic pseudo-random numbers (mulberry32), so a failing case can be reproduced by its index. */
function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Values no strict key accepts: HTML and script, unicode, huge, broken percent-encoding, number edge cases. */
const NASTY = [
  '<script>alert(1)</script>', '<b>bold</b>', '"><img src=x onerror=alert(1)>', "'; DROP TABLE parks;--", '%E0%A4%A', '%',
  '%%', '%zz', '%00', '%u0041', '\u202e\u0000x', '海淀😀', 'ｐａｒｋ', 'x'.repeat(5000), '9'.repeat(400), 'NaN', '-1', '1e309',
  '99999999999', 'Infinity', 'null', 'undefined', '{"a":1}', '[1,2]', 'javascript:alert(1)', '../../etc/passwd', '__proto__',
  'constructor', ',,,', ' ', '0x10', '1.5.5', '116.3,39.9,1', '\t\n', 'zh-CN', 'EN', '１',
];
/** Keys whose every NASTY value is refused. */
const STRICT_KEYS = ['lang', 'sort', 'park', 'scen', 'present', 'view', 'dim', 'min', 'max', 'area', 'at', 'tk', 'r', 'basemap'];
/** Keys that accept free text or drop empty list items silently: only ever noise beside a bad part. */
const LOOSE_KEYS = ['q', 'ind', 'town', 'cmp', 'hide', 'tl', 'ts'];
const UNKNOWN_KEYS = ['foo', '__proto__', 'constructor', '<b>', '海淀', 'map', 'LANG', 'lang[]', '%E0%A4%A', '', 'x'.repeat(300), 'park ', 'présent'];
const VALID_PARTS = ['lang=en', 'lang=zh', 'ind=ai', `park=${PARKS[0]!.id}`, 'scen=plan', 'sort=name', 'dim=1'];
/** Hashes that are never a valid camera. */
const BAD_HASHES = [
  'map=abc', 'map=99/999/999', 'map=', 'map=11/39.9', 'map=11/39.9/116.3/0/0/0', 'map=18/39.9/116.3', 'map=11/0/0',
  'map=11/39.9/-116.3', 'map=11/39.9/116.3/181', 'map=11/39.9/116.3/0/61', 'map=1e1/39.9/116.3', 'map=11/NaN/116.3',
  '%E0%A4%A', '<script>alert(1)</script>', '海淀', 'map=11/39.9/116.3&map=12/39.9/116.3', 'map=11/39.9/116.3&x=1', 'x'.repeat(500),
  'map=11/39.9/116.3/0/0%', 'map=%31%31/39.9/116.3', 'map=11//116.3', '/', '&&&', '=',
];

const pick = <T,>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
/** A value as it may appear in a link: encoded properly, or raw (broken encodings kept, '&' and '#' removed). */
const asParam = (r: () => number, v: string) => (r() < 0.5 ? encodeURIComponent(v) : v.replace(/[&#]/g, ''));

function badSearchPart(r: () => number): string {
  const kind = Math.floor(r() * 3);
  if (kind === 0) return `${asParam(r, pick(r, UNKNOWN_KEYS))}=${asParam(r, pick(r, NASTY))}`;
  if (kind === 1) return `${pick(r, STRICT_KEYS)}=${asParam(r, pick(r, NASTY))}`;
  const valid = pick(r, VALID_PARTS);
  return `${valid}&${valid}`; // a repeated key
}

function badHash(r: () => number): string {
  if (r() < 0.6) return pick(r, BAD_HASHES);
  // A generated camera with one part certainly wrong.
  const parts = [String(9 + r() * 7), String(39.8 + r() * 0.3), String(116.1 + r() * 0.3)];
  const wrong = ['abc', '', String(100 + r() * 900), String(-(100 + r() * 900)), 'NaN', '1e2', '0x1', `${'9'.repeat(50)}`];
  parts[Math.floor(r() * 3)] = pick(r, wrong);
  return `map=${parts.join('/')}`;
}

type Case = { url: string; searchBad: boolean; hashBad: boolean };

export function generateCases(n: number, seed = 2025): Case[] {
  const r = rng(seed);
  return Array.from({ length: n }, (_, i) => {
    const kind = i % 3; // 0: query only, 1: hash only, 2: both
    const searchBad = kind !== 1;
    const hashBad = kind !== 0;
    const parts: string[] = [];
    if (searchBad) parts.push(badSearchPart(r));
    const noise = Math.floor(r() * 3);
    for (let k = 0; k < noise; k++) {
      parts.push(r() < 0.5 ? pick(r, VALID_PARTS) : `${pick(r, [...LOOSE_KEYS, ...STRICT_KEYS])}=${asParam(r, pick(r, NASTY))}`);
    }
    // Shuffle so the bad part is not always first.
    parts.sort(() => r() - 0.5);
    const search = parts.length ? `?${parts.join('&')}` : '';
    return { url: `/${search}${hashBad ? `#${badHash(r)}` : ''}`, searchBad, hashBad };
  });
}

const CASES = generateCases(540);
const CHUNK = 45;
const CHUNKS = Array.from({ length: CASES.length / CHUNK }, (_, i) => i);
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

  it('generates at least 500 distinct cases, each with something wrong', () => {
    expect(new Set(CASES.map((c) => c.url)).size).toBeGreaterThanOrEqual(500);
    expect(CASES.filter((c) => c.hashBad).length).toBeGreaterThan(300);
    expect(CASES.filter((c) => c.searchBad).length).toBeGreaterThan(300);
  });

  it.each(CHUNKS)('cases %i×45: the page stays up, a notice names the problem, the address is cleaned', (chunk) => {
    const errors = vi.spyOn(console, 'error');
    // The app is mounted once per chunk (setup.ts unmounts after each test); each case re-runs the start path under it.
    useAppStore.setState(useAppStore.getInitialState(), true);
    render(
      <I18nextProvider i18n={i18n}>
        <App />
      </I18nextProvider>,
    );
    for (const [i, c] of CASES.slice(chunk * CHUNK, (chunk + 1) * CHUNK).entries()) {
      const label = `case ${chunk * CHUNK + i}: ${c.url.slice(0, 120)}`;
      let stop = () => {};
      act(() => {
        useAppStore.setState(useAppStore.getInitialState(), true);
        window.history.replaceState(null, '', c.url);
        stop = startUrlSync(window);
      });
      try {
        expect(screen.getByRole('heading', { level: 1 }).textContent, label).toMatch(/海淀选址地图|Haidian Site Finder/);
        const notices = screen.getAllByRole('status').map((el) => el.textContent).join(' ');
        if (c.searchBad) expect(notices, label).toMatch(URL_NOTICE);
        if (c.hashBad) expect(notices, label).toMatch(HASH_NOTICE);
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
    const { container } = render(
      <I18nextProvider i18n={i18n}>
        <ParkListItem park={park} active />
      </I18nextProvider>,
    );
    expect(container.querySelector('b, img')).toBeNull();
    expect(container.textContent).toContain('<b>粗体</b>园区');
    expect(screen.getByRole('button', { name: '查看 <b>粗体</b>园区' })).toBeInstanceOf(HTMLElement);
  });

  it('HTML in a link shows as text in the notice and the search box', () => {
    window.history.replaceState(null, '', `/?q=${encodeURIComponent('<b>q</b>')}&park=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    let stop = () => {};
    act(() => {
      stop = startUrlSync(window);
    });
    try {
      const { container } = render(
        <I18nextProvider i18n={i18n}>
          <App />
        </I18nextProvider>,
      );
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
    const offenders = files.filter((f) => /dangerouslySetInnerHTML|\.innerHTML\s*=|outerHTML\s*=|insertAdjacentHTML|document\.write\(/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
