/** Plain GeoJSON helpers shared by the build plugin and the app. */

type Props = Record<string, unknown>;

function isBilingual(v: unknown): v is { zh: string; en: string } {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && 'zh' in v && 'en' in v;
}

/**
 * Flattens properties for MapLibre, whose expressions cannot reach into nested objects:
 * `{ name: {zh, en} }` becomes `name_zh`, `name_en`; arrays of strings become a comma-joined string;
 * other objects are dropped (provenance stays in the data, not on the map).
 */
export function flattenProperties(props: Props): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [key, value] of Object.entries(props)) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') out[key] = value;
    else if (isBilingual(value)) {
      out[`${key}_zh`] = value.zh;
      out[`${key}_en`] = value.en;
    } else if (Array.isArray(value) && value.every((x) => typeof x === 'string')) out[key] = value.join(',');
  }
  return out;
}

export type FeatureLike = { type: 'Feature'; properties: Props; geometry: unknown };

/** A FeatureCollection ready for a MapLibre source: flat properties, features without geometry left out. */
export function toMapCollection(features: readonly FeatureLike[]) {
  return {
    type: 'FeatureCollection' as const,
    features: features
      .filter((f) => f.geometry !== null)
      .map((f) => ({ type: 'Feature' as const, properties: flattenProperties(f.properties), geometry: f.geometry })),
  };
}
