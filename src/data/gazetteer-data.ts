/**
 * What the start-up code needs of the search's gazetteer: a way to load it. The places (built from the data at build
 * time) and the index over them are a chunk of their own (gazetteer-index.ts), fetched when the search box is first
 * used or a chosen place must be named; the readings of characters for homophone search are another, fetched on first
 * use of the box. Roads, green spaces and water are drawn from their `?map-url` copies on the map and never reach the
 * JavaScript.
 */
import type { CharPinyin } from '../lib/text-match.ts';
import { charPinyinIndex } from '../lib/text-match.ts';

export type PlaceIndex = typeof import('./gazetteer-index.ts');

/** Memoises a dynamic import; a failed load is retried on the next call. */
function lazily<T>(load: () => Promise<T>): { get: () => Promise<T>; now: () => T | null } {
  let pending: Promise<T> | null = null;
  let value: T | null = null;
  return {
    get: () =>
      (pending ??= load().then(
        (v) => (value = v),
        (e: unknown) => {
          pending = null;
          throw e;
        },
      )),
    now: () => value,
  };
}

const placeIndex = lazily(() => import('./gazetteer-index.ts'));

/** The gazetteer (places and search), loaded on first call. */
export const loadPlaceIndex: () => Promise<PlaceIndex> = placeIndex.get;

/** The gazetteer if it has loaded, else null (then call loadPlaceIndex). */
export const placeIndexNow: () => PlaceIndex | null = placeIndex.now;

/**
 * The readings of the characters a user may type (GB 2312, plus every character of the data's names), for matching a
 * query written with homophones (西二其 → 西二旗). A separate chunk of about 11 KiB gzip, loaded on first use of the
 * search box, so it costs the start-up nothing.
 */
export const loadCharPinyin: () => Promise<CharPinyin> = lazily(() =>
  import('virtual:pinyin-chars').then((m) => charPinyinIndex(m.default)),
).get;
