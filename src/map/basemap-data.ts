/** Map-ready (flattened) copies of the datasets the app also reasons about, built once at start. */
import landmarkLabelsUrl from 'virtual:landmark-labels';
import { BOUNDARY, TOWNS, TRANSIT_LINES, STATIONS, PARKS, PLAN_PROJECTS } from '../data/index.ts';
import { toMapCollection, type FeatureLike } from '../lib/geojson.ts';
import { groupOf } from '../lib/industry-groups.ts';
import type { Bilingual, TransitLineProperties } from '../lib/schema.ts';
import type { Lang } from '../lib/format.ts';
import { regionGeometry } from '../lib/region.ts';
import { i18n } from '../i18n/index.ts';
import { isRoughlyPlaced } from './placement.ts';

const FIXED = { zh: i18n.getFixedT('zh'), en: i18n.getFixedT('en') };

/** A short status label for a line that is not open yet, in both languages: "规划，约2029年，走向示意"; '' when open. */
export function lineStatusLabel(p: TransitLineProperties): Bilingual {
  const label = (lang: Lang) => {
    if (p.status === 'open') return '';
    const t = FIXED[lang];
    const parts = [
      t(`transit.status.${p.status}`),
      ...(p.openingYear ? [t('map.lineStatus.year', { year: String(p.openingYear) })] : []),
      ...(p.indicative ? [t('map.lineStatus.indicative')] : []),
    ];
    return parts.join(t('common.join.clause'));
  };
  return { zh: label('zh'), en: label('en') };
}

/** What follows a line's name in its map label: "（在建，约2029年）" / " (under construction, ~2029)"; '' when open. */
function lineStatusSuffix(label: string, lang: Lang): string {
  return label ? FIXED[lang]('map.lineStatus.after', { status: label }) : '';
}

const features = (fc: { features: unknown[] }) => fc.features as FeatureLike[];
const parkColour = (p: (typeof PARKS)[number]) => groupOf(p.industries[0] ?? '').colour;

export const MAP_DATA = {
  boundary: toMapCollection(features(BOUNDARY)),
  towns: toMapCollection(features(TOWNS)),
  townLabels: toMapCollection(
    TOWNS.features.map((f) => ({
      type: 'Feature' as const,
      properties: { id: f.properties.id, name: f.properties.name },
      geometry: { type: 'Point', coordinates: f.properties.labelPoint },
    })),
  ),
  /** One label point per landmark of geo/green.geojson, made at build time (scripts/vite-plugin-data.ts). */
  landmarkLabels: landmarkLabelsUrl,
  lines: toMapCollection(
    TRANSIT_LINES.features.map((f) => {
      const label = lineStatusLabel(f.properties);
      return {
        ...f,
        properties: {
          ...f.properties,
          status_suffix_zh: lineStatusSuffix(label.zh, 'zh'),
          status_suffix_en: lineStatusSuffix(label.en, 'en'),
        },
      } as FeatureLike;
    }),
  ),
  stations: toMapCollection(features(STATIONS)),
  parks: {
    type: 'FeatureCollection' as const,
    features: PARKS.map((p) => ({
      type: 'Feature' as const,
      id: p.seq,
      properties: {
        id: p.id,
        name_zh: p.name.zh,
        name_en: p.name.en,
        floor: p.floorAreaM2,
        colour: parkColour(p),
        /** Placed only at area or town level (drawn as a ring, not a filled disc): placement.ts. */
        rough: isRoughlyPlaced(p.geocode),
        accuracy_m: p.geocode.accuracyM,
      },
      geometry: { type: 'Point' as const, coordinates: p.coordinates },
    })),
  },
  /** Each park's placement region (the area its true site lies in), for the regions layers; none for a surveyed point. */
  regions: {
    type: 'FeatureCollection' as const,
    features: PARKS.flatMap((p) => {
      const geometry = regionGeometry(p.region);
      return geometry
        ? [
            {
              type: 'Feature' as const,
              properties: { id: p.id, colour: parkColour(p), rough: isRoughlyPlaced(p.geocode) },
              geometry,
            },
          ]
        : [];
    }),
  },
  projects: {
    type: 'FeatureCollection' as const,
    features: PLAN_PROJECTS.map((p) => ({
      type: 'Feature' as const,
      properties: { id: p.id, name_zh: p.name.zh, name_en: p.name.en, category: p.category },
      geometry: { type: 'Point' as const, coordinates: p.coordinates },
    })),
  },
};
