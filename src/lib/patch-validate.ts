/**
 * The build's schemas for park patches (src/lib/patch.ts), for the command line and tests: zod stays out of the
 * browser bundle, so only Node code imports this module (eslint.config.js lets it import schema.ts values).
 */
import { ParksSchema, validateDataset } from './schema.ts';
import type { FeatureIssue, ParkFeature } from './patch.ts';

const ParkFeatureSchema = ParksSchema.shape.features.element;

/** What the build's schema says of one park feature as it would be written (checkPatch's `validate`). */
export function validateParkFeature(feature: ParkFeature): FeatureIssue[] {
  const result = ParkFeatureSchema.safeParse(feature);
  return result.success ? [] : result.error.issues.map((i) => ({ path: i.path, message: i.message }));
}

/**
 * The whole data file's text as the build checks it (src/lib/schema.ts validateDataset: schema, unique ids, known
 * industries), formatted `data/parks.geojson › feature #i (id) › field: message`; [] when it passes.
 */
export function validateParksText(text: string, industryIds?: ReadonlySet<string>): string[] {
  const result = validateDataset('data/parks.geojson', text, { industryIds });
  return result.ok ? [] : result.errors;
}
