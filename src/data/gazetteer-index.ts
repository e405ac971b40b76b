/**
 * The search's gazetteer: the places built from the data at build time (scripts/vite-plugin-data.ts, src/lib/places.ts)
 * and their search index. A chunk of its own, with fuse.js: loaded through gazetteer-data.ts loadPlaceIndex() when the
 * search box is first used or a place must be named, or imported by a chunk that is itself loaded on first use (the
 * radius panel, the site editor).
 */
import places from 'virtual:gazetteer';
import { buildGazetteer, searchPlaces, type Gazetteer, type PlaceHit } from '../lib/gazetteer.ts';
import type { Place } from '../lib/places.ts';
import type { CharPinyin } from '../lib/text-match.ts';

export const GAZETTEER_PLACES: readonly Place[] = Object.freeze(places);

let index: Gazetteer | null = null;
/** The search index, built on first use. */
export function gazetteer(): Gazetteer {
  index ??= buildGazetteer(GAZETTEER_PLACES);
  return index;
}

/** A place by key (`station:xierqi`), or undefined. */
export function placeByKey(key: string): Place | undefined {
  return gazetteer().byKey.get(key);
}

/** Places matching `query`, best first (lib/gazetteer.ts searchPlaces over this gazetteer). */
export function findPlaces(query: string, limit: number, py?: CharPinyin): PlaceHit[] {
  return searchPlaces(gazetteer(), query, limit, py);
}
