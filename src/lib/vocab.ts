/**
 * Closed vocabularies of the data, without zod: the app imports these at run time, while src/lib/schema.ts (zod) is
 * used only by the build and the tests, so zod stays out of the browser bundle.
 */
export const PROJECT_CATEGORIES = ['health', 'housing', 'green', 'transit', 'renewal', 'industry'] as const;
export type ProjectCategory = (typeof PROJECT_CATEGORIES)[number];

export const TRANSIT_STATUSES = ['open', 'under-construction', 'planned'] as const;
export type TransitStatus = (typeof TRANSIT_STATUSES)[number];
