/**
 * The prerendered first views (scripts/vite-plugin-prerender.ts): index.html carries the app as a link with no
 * parameters opens it, in Chinese in `#root` and in English in `#root-en`. first-view.js, run before the first paint,
 * marks <html> with one of these classes; the styles show the matching view, or none; main.tsx hydrates the one that
 * matches the start state (and removes the marks), or renders afresh.
 */

/** No prerendered view is what the link asks for (a filter, a park, a view…): the root stays hidden until rendered. */
export const FIRST_VIEW_STALE = 'first-view-stale';
/** The English view is the one to show (`lang=en`, or a browser not in Chinese). */
export const FIRST_VIEW_EN = 'first-view-en';
/** The English view's container until main.tsx takes it as the root. */
export const FIRST_VIEW_EN_ID = 'root-en';

/** The id of the JSON block in index.html that lists the prerendered views. */
export const FIRST_VIEW_ID = 'first-view';

/** The prerendered views: each one's language, container id and key (src/store/first-view.ts). */
export type FirstViews = { lang: 'zh' | 'en'; id: string; key: string }[];
