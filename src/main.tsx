import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { i18n } from './i18n/index.ts';
import { startUrlSync } from './store/url-sync.ts';
import { startDraftStorage } from './store/editor-storage.ts';
import { startBasemapStorage } from './store/basemap-storage.ts';
import { useAppStore } from './store/index.ts';
import { FIRST_VIEW_ID, firstViewKey } from './store/first-view.ts';
import { hasWebGL2 } from './map/maplibre.ts';
import { App } from './app.tsx';
import './styles.css';

// The remembered basemap first: a link that names one overrides it.
startBasemapStorage();
startUrlSync();
startDraftStorage();
// The first render is in the link's language (not Chinese, then English a moment later).
void i18n.changeLanguage(useAppStore.getState().lang);

/** The key of the first view index.html carries prerendered (scripts/vite-plugin-prerender.ts), or null. */
function prerenderedKey(): string | null {
  const block = document.getElementById(FIRST_VIEW_ID);
  try {
    return block ? (JSON.parse(block.textContent ?? '') as { key: string }).key : null;
  } catch {
    return null;
  }
}

const container = document.getElementById('root')!;
const app = (
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <App />
    </I18nextProvider>
  </StrictMode>
);
const hydrate = prerenderedKey() === firstViewKey(useAppStore.getState(), hasWebGL2());
// How the page started, for the tests: the prerendered view hydrated, or rendered afresh.
document.documentElement.dataset.start = hydrate ? 'hydrated' : 'rendered';
if (hydrate) {
  hydrateRoot(container, app, {
    // A mismatch is a bug: reported as an uncaught error (the end-to-end tests fail on any); React recovers by
    // rendering the view afresh.
    onRecoverableError: (error) => {
      console.error('First view: the prerendered page did not match the first render');
      reportError(error);
    },
  });
} else {
  // The link asks for another view than the prerendered one (first-view.js hid it until now): render what it says.
  createRoot(container).render(app);
}
