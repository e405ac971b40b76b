/**
 * The class on <html> while the prerendered first view is not what the link will show: first-view.js (made by
 * scripts/vite-plugin-prerender.ts) sets it before the first paint, the styles hide the root under it, and the app
 * removes it once it has rendered the link's own view (app.tsx), or the data's failure notice replaces the view.
 */
export const FIRST_VIEW_STALE = 'first-view-stale';
