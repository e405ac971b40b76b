/**
 * Feature string tables, one namespace per feature, merged into the main resources.
 * Each file exports `{ zh: {...}, en: {...} }` with the same keys.
 */
export { transit } from './transit.ts';
export { promo } from './promo.ts';
export { resident } from './resident.ts';
export { regions } from './regions.ts';
