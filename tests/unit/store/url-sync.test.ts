/**
 * Bad input at the start path: 540 generated malformed links (query strings and #map= hashes) go through the app's
 * real start (startUrlSync → applySearch, applyHash) against a small fake window. Nothing throws; the store gets a
 * valid state; a notice names what was dropped; the address keeps only what the app understood.
 * The page around it (the whole app mounted with a handful of the worst links) is tests/ui/bad-input.test.tsx; real
 * Chromium is tests/e2e/bad-input.spec.mjs.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../../src/store/index.ts';
import { selectShareState, startUrlSync, urlVocabulary } from '../../../src/store/url-sync.ts';
import { CAMERA_LIMITS } from '../../../src/data/camera.ts';
import { parseUrlState, serializeUrlState } from '../../../src/lib/url-state.ts';
import { parseCameraHash } from '../../../src/lib/camera-hash.ts';
import { PARKS } from '../../../src/data/index.ts';
import { i18n } from '../../../src/i18n/index.ts';

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
  '<script>alert(1)</script>',
  '<b>bold</b>',
  '"><img src=x onerror=alert(1)>',
  "'; DROP TABLE parks;--",
  '%E0%A4%A',
  '%',
  '%%',
  '%zz',
  '%00',
  '%u0041',
  '\u202e\u0000x',
  '海淀😀',
  'ｐａｒｋ',
  'x'.repeat(5000),
  '9'.repeat(400),
  'NaN',
  '-1',
  '1e309',
  '99999999999',
  'Infinity',
  'null',
  'undefined',
  '{"a":1}',
  '[1,2]',
  'javascript:alert(1)',
  '../../etc/passwd',
  '__proto__',
  'constructor',
  ',,,',
  ' ',
  '0x10',
  '1.5.5',
  '116.3,39.9,1',
  '\t\n',
  'zh-CN',
  'EN',
  '１',
];
/** Keys whose every NASTY value is refused. */
const STRICT_KEYS = [
  'lang',
  'sort',
  'park',
  'scen',
  'present',
  'view',
  'dim',
  'min',
  'max',
  'area',
  'at',
  'tk',
  'r',
  'basemap',
  'dir',
  'cmin',
  'cp',
  'reach',
];
/** Keys that accept free text or drop empty list items silently: only ever noise beside a bad part. */
const LOOSE_KEYS = ['q', 'ind', 'town', 'cmp', 'hide', 'tl', 'ts', 'to'];
const UNKNOWN_KEYS = [
  'foo',
  '__proto__',
  'constructor',
  '<b>',
  '海淀',
  'map',
  'LANG',
  'lang[]',
  '%E0%A4%A',
  '',
  'x'.repeat(300),
  'park ',
  'présent',
];
const VALID_PARTS = ['lang=en', 'lang=zh', 'ind=ai', `park=${PARKS[0]!.id}`, 'scen=plan', 'sort=name', 'dim=1'];
/** Hashes that are never a valid camera. */
const BAD_HASHES = [
  'map=abc',
  'map=99/999/999',
  'map=',
  'map=11/39.9',
  'map=11/39.9/116.3/0/0/0',
  'map=18/39.9/116.3',
  'map=11/0/0',
  'map=11/39.9/-116.3',
  'map=11/39.9/116.3/181',
  'map=11/39.9/116.3/0/61',
  'map=1e1/39.9/116.3',
  'map=11/NaN/116.3',
  '%E0%A4%A',
  '<script>alert(1)</script>',
  '海淀',
  'map=11/39.9/116.3&map=12/39.9/116.3',
  'map=11/39.9/116.3&x=1',
  'x'.repeat(500),
  'map=11/39.9/116.3/0/0%',
  'map=%31%31/39.9/116.3',
  'map=11//116.3',
  '/',
  '&&&',
  '=',
];

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
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
  const wrong = [
    'abc',
    '',
    String(100 + r() * 900),
    String(-(100 + r() * 900)),
    'NaN',
    '1e2',
    '0x1',
    `${'9'.repeat(50)}`,
  ];
  parts[Math.floor(r() * 3)] = pick(r, wrong);
  return `map=${parts.join('/')}`;
}

type Case = { url: string; searchBad: boolean; hashBad: boolean };

/** The same 540 links (seed 2025) the jsdom suite used to mount the whole app for. */
function generateCases(n: number, seed = 2025): Case[] {
  const r = rng(seed);
  return Array.from({ length: n }, (_, i) => {
    const kind = i % 3; // 0: query only, 1: hash only, 2: both
    const searchBad = kind !== 1;
    const hashBad = kind !== 0;
    const parts: string[] = [];
    if (searchBad) parts.push(badSearchPart(r));
    const noise = Math.floor(r() * 3);
    for (let k = 0; k < noise; k++) {
      parts.push(
        r() < 0.5 ? pick(r, VALID_PARTS) : `${pick(r, [...LOOSE_KEYS, ...STRICT_KEYS])}=${asParam(r, pick(r, NASTY))}`,
      );
    }
    // Shuffle so the bad part is not always first.
    parts.sort(() => r() - 0.5);
    const search = parts.length ? `?${parts.join('&')}` : '';
    return { url: `/${search}${hashBad ? `#${badHash(r)}` : ''}`, searchBad, hashBad };
  });
}

/**
 * The part of `window` the start path uses: location (parsed by the WHATWG URL parser, as browsers and jsdom do),
 * history.replaceState, navigator languages, and hashchange listeners.
 */
function fakeWindow(url: string, languages: readonly string[] = ['zh-CN']) {
  let current = new URL(url, 'http://127.0.0.1:4173/');
  const listeners = new Set<EventListenerOrEventListenerObject>();
  const win = {
    location: {
      get pathname() {
        return current.pathname;
      },
      get search() {
        return current.search;
      },
      get hash() {
        return current.hash;
      },
      get href() {
        return current.href;
      },
    },
    history: {
      state: null,
      replaceState: (_state: unknown, _title: string, next: string) => {
        current = new URL(next, current);
      },
    },
    navigator: { languages, language: languages[0] },
    addEventListener: (type: string, fn: EventListenerOrEventListenerObject) => {
      if (type === 'hashchange') listeners.add(fn);
    },
    removeEventListener: (type: string, fn: EventListenerOrEventListenerObject) => {
      if (type === 'hashchange') listeners.delete(fn);
    },
  };
  return { win: win as unknown as Window, listeners };
}

const CASES = generateCases(540);
const URL_NOTICE = /链接中的部分参数无法识别|Some link values were not understood/;
const HASH_NOTICE = /链接中的地图位置无法识别|The map position in the link was not understood/;

/** The notices in the store as the user reads them, in both languages. */
const noticeTexts = () =>
  useAppStore
    .getState()
    .notices.flatMap((n) =>
      ['zh', 'en'].map((lng) => ({ key: n.key, text: i18n.getFixedT(lng)(n.key, { replace: n.values }) })),
    );

/** The query string's keys as the app reads them (URLSearchParams decoding; a broken escape stays as written). */
const keysOf = (search: string) => [...new URLSearchParams(search).keys()];

describe('start path with malformed links', () => {
  let consoleError: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    useAppStore.setState(useAppStore.getInitialState(), true);
    consoleError = vi.spyOn(console, 'error');
  });
  afterEach(() => {
    expect(consoleError).not.toHaveBeenCalled();
    consoleError.mockRestore();
  });

  it('generates at least 500 distinct cases, each with something wrong', () => {
    expect(new Set(CASES.map((c) => c.url)).size).toBeGreaterThanOrEqual(500);
    expect(CASES.filter((c) => c.hashBad).length).toBeGreaterThan(300);
    expect(CASES.filter((c) => c.searchBad).length).toBeGreaterThan(300);
  });

  it.each(CASES.map((c, i) => [i, c] as const))(
    'case %i: never throws; a valid state, notices naming the dropped parts, a clean address',
    (i, c) => {
      const label = `case ${i}: ${c.url.slice(0, 120)}`;
      useAppStore.setState(useAppStore.getInitialState(), true);
      const { win, listeners } = fakeWindow(c.url, i % 2 ? ['en-US', 'en'] : ['zh-CN', 'zh']);
      const before = { search: win.location.search, hash: win.location.hash };
      const warned = parseUrlState(before.search, urlVocabulary()).warnings;
      let stop = () => {};
      expect(() => {
        stop = startUrlSync(win);
      }, label).not.toThrow();
      try {
        const state = useAppStore.getState();
        // The store holds a state the link format can carry: it serialises to a query string that parses back to
        // itself without a warning (every id, key and number is one the app knows).
        const share = selectShareState(state);
        const back = parseUrlState(serializeUrlState(share), urlVocabulary());
        expect(back.warnings, label).toEqual([]);
        expect(back.state, label).toEqual(share);
        expect(['zh', 'en'], label).toContain(state.lang);

        const texts = noticeTexts();
        const urlNotices = texts.filter((t) => t.key === 'notice.urlIgnored');
        const hashNotices = texts.filter((t) => t.key === 'notice.hashIgnored');
        if (c.searchBad) {
          expect(urlNotices.map((t) => t.text).join(' '), label).toMatch(URL_NOTICE);
          // The notice names what was dropped: the first parameters refused, as `key=value`.
          expect(warned.length, label).toBeGreaterThan(0);
          for (const t of urlNotices) {
            for (const w of warned.slice(0, 5)) expect(t.text, label).toContain(`${w.param}=${w.value}`);
          }
          expect(
            warned.every((w) => keysOf(before.search).includes(w.param)),
            label,
          ).toBe(true);
        }
        if (c.hashBad) {
          expect(hashNotices.map((t) => t.text).join(' '), label).toMatch(HASH_NOTICE);
          // …and the camera text that was refused (the first 40 characters).
          const raw = before.hash.slice(1);
          for (const t of hashNotices) expect(t.text, label).toContain(raw.length > 40 ? `${raw.slice(0, 40)}…` : raw);
        }
        if (!c.hashBad) expect(hashNotices, label).toEqual([]);

        // The address keeps only what the app understood.
        expect(parseUrlState(win.location.search, urlVocabulary()).warnings, label).toEqual([]);
        expect(parseCameraHash(win.location.hash, CAMERA_LIMITS).ok, label).toBe(true);
        expect(listeners.size, label).toBe(1);
      } finally {
        stop();
      }
      expect(listeners.size, `${label}: stopping removes the hashchange listener`).toBe(0);
    },
  );
});
