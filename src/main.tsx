import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { i18n } from './i18n/index.ts';
import { startUrlSync } from './store/url-sync.ts';
import { startDraftStorage } from './store/editor-storage.ts';
import { startBasemapStorage } from './store/basemap-storage.ts';
import { useAppStore } from './store/index.ts';
import { firstViewKey } from './store/first-view.ts';
import { FIRST_VIEW_EN, FIRST_VIEW_ID, FIRST_VIEW_STALE, type FirstViews } from './lib/first-view.ts';
import { hasWebGL2 } from './map/maplibre.ts';
import { App } from './app.tsx';
import './styles.css';

// The remembered basemap first: a link that names one overrides it.
startBasemapStorage();
startUrlSync();
startDraftStorage();
// The first render is in the link's language (not Chinese, then English a moment later).
void i18n.changeLanguage(useAppStore.getState().lang);

/** The views index.html carries prerendered (scripts/vite-plugin-prerender.ts), or none (the dev server). */
function prerenderedViews(): FirstViews {
  try {
    return JSON.parse(document.getElementById(FIRST_VIEW_ID)?.textContent ?? '[]') as FirstViews;
  } catch {
    return [];
  }
}

/**
 * The prerendered view that renders as the start state does, made the root (the others removed), or null; either
 * way the marks first-view.js set for the first paint are gone and `#root` is the one container.
 */
function takeFirstView(key: string): HTMLElement | null {
  // first-view.js has removed the view it did not show.
  const views = prerenderedViews().filter((v) => document.getElementById(v.id));
  const match = views.find((v) => v.key === key) ?? null;
  const keep = match?.id ?? views[0]?.id ?? 'root';
  for (const v of views) if (v.id !== keep) document.getElementById(v.id)?.remove();
  const root = document.getElementById(keep)!;
  root.id = 'root';
  root.hidden = false;
  // The English view was on screen but the start state is another: hide the Chinese one too until rendered.
  if (!match && document.documentElement.classList.contains(FIRST_VIEW_EN))
    document.documentElement.classList.add(FIRST_VIEW_STALE);
  document.documentElement.classList.remove(FIRST_VIEW_EN);
  return match ? root : null;
}

const app = (
  <StrictMode>
    <App />
  </StrictMode>
);
performance.mark('app-start');
const prerendered = takeFirstView(firstViewKey(useAppStore.getState(), hasWebGL2()));
// How the page started, for the tests: a prerendered view hydrated, or rendered afresh.
document.documentElement.dataset.start = prerendered ? `hydrated-${useAppStore.getState().lang}` : 'rendered';
if (prerendered) {
  hydrateRoot(prerendered, app, {
    // A mismatch is a bug: reported as an uncaught error (the end-to-end tests fail on any); React recovers by
    // rendering the view afresh.
    onRecoverableError: (error) => {
      console.error('First view: the prerendered page did not match the first render');
      reportError(error);
    },
  });
} else {
  // The link asks for another view than the prerendered one (first-view.js hid it until now): render what it says.
  createRoot(document.getElementById('root')!).render(app);
}
