/**
 * The places the search box offers, from the project's own data. Roads, green spaces and water are drawn
 * from their `?map-url` copies on the map; here their validated modules are imported for names and one point each
 * (about 14 KiB gzip of the bundle: 82 roads, 10 green spaces, 3 waters).
 */
import roadsFile from '../../geo/roads.geojson';
import greenFile from '../../geo/green.geojson';
import waterFile from '../../geo/water.geojson';
import type { GreenFile, RoadsFile, WaterFile } from '../lib/schema.ts';
import { buildGazetteer, makePlace, representativePoint, type Gazetteer, type Place } from '../lib/gazetteer.ts';
import { charPinyinIndex, type CharPinyin } from '../lib/text-match.ts';
import { PARKS, PLAN_PROJECTS, STATIONS, TOWNS, pinyinOf } from './index.ts';
import { CURATED_LANDMARKS, PLACE_ALIASES } from './landmarks.ts';

type Named = { properties: { id: string; name: { zh: string; en: string } }; geometry: Parameters<typeof representativePoint>[0] | null };

function fromFeatures(kind: 'road' | 'landmark', features: readonly Named[]): Place[] {
  const out: Place[] = [];
  for (const f of features) {
    const p = f.geometry ? representativePoint(f.geometry) : null;
    if (p) out.push(makePlace(kind, f.properties.id, f.properties.name, pinyinOf(f.properties.name.zh), p));
  }
  return out;
}

const FROM_DATA: readonly Place[] = [
  ...STATIONS.features.flatMap((f) =>
    // Planned stations without a published position (none, or only an indicative one at their namesake landmark) are
    // not places a user can go to, so they are not offered.
    f.geometry && !f.properties.indicative ? [makePlace('station', f.properties.id, f.properties.name, pinyinOf(f.properties.name.zh), [f.geometry.coordinates[0]!, f.geometry.coordinates[1]!])] : [],
  ),
  ...PARKS.map((p) => makePlace('park', p.id, p.name, pinyinOf(p.name.zh), p.coordinates)),
  ...PLAN_PROJECTS.map((p) => makePlace('project', p.id, p.name, pinyinOf(p.name.zh), p.coordinates)),
  ...TOWNS.features.map((f) => makePlace('town', f.properties.id, f.properties.name, pinyinOf(f.properties.name.zh), f.properties.labelPoint)),
  ...fromFeatures('landmark', (greenFile as GreenFile).features as Named[]),
  ...fromFeatures('landmark', (waterFile as WaterFile).features as Named[]),
  ...fromFeatures('road', (roadsFile as RoadsFile).features as Named[]),
];

/** The data's places with their other names, then the curated landmarks, each at the point of the feature it names. */
function withCurated(places: readonly Place[]): Place[] {
  const byKey = new Map(places.map((p) => [p.key, p]));
  const out = places.map((p) => (PLACE_ALIASES[p.key] ? { ...p, aliases: PLACE_ALIASES[p.key] } : p));
  for (const l of CURATED_LANDMARKS) {
    const at = byKey.get(l.at);
    // A landmark whose feature has left the data is not offered (a unit test keeps every `at` resolving).
    if (at) out.push(makePlace('landmark', l.id, l.name, l.pinyin, at.lngLat, { aliases: l.aliases, pointNote: l.pointNote }));
  }
  return out;
}

export const GAZETTEER_PLACES: readonly Place[] = Object.freeze(withCurated(FROM_DATA));

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

let readings: Promise<CharPinyin> | null = null;
/**
 * The readings of the characters a user may type (GB 2312, plus every character of the data's names), for matching a
 * query written with homophones (西二其 → 西二旗). A separate chunk of about 18 KiB gzip, loaded on first use, so it
 * costs the start-up nothing; a failed load is retried on the next call.
 */
export function loadCharPinyin(): Promise<CharPinyin> {
  readings ??= import('virtual:pinyin-chars').then(
    (m) => charPinyinIndex(m.default),
    (e: unknown) => {
      readings = null;
      throw e;
    },
  );
  return readings;
}
