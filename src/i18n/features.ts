/**
 * Feature string tables, one namespace per capability (named like the folders of src/features, plus `units`, the words
 * around figures that format.ts reads), merged into the main resources by index.ts. Each file exports
 * `{ zh: {...}, en: {...} }` with the same keys (a parity test checks).
 */
export { basemap } from './basemap.ts';
export { common } from './common.ts';
export { commute } from './commute.ts';
export { compare } from './compare.ts';
export { editor } from './editor.ts';
export { exporting as export } from './export.ts';
export { nearby } from './nearby.ts';
export { print } from './print.ts';
export { projects } from './projects.ts';
export { regions } from './regions.ts';
export { search } from './search.ts';
export { shell } from './shell.ts';
export { transit } from './transit.ts';
export { units } from './units.ts';
