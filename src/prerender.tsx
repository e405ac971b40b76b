/**
 * The server entry of the build-time prerender (scripts/vite-plugin-prerender.ts): the app's first view as HTML, as a
 * link with no parameters opens it in the given language, with the key main.tsx compares before hydrating it.
 * Runs in Node, once per build; nothing in the browser imports it.
 */
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { i18n } from './i18n/index.ts';
import { useAppStore } from './store/index.ts';
import { applySearch } from './store/url-sync.ts';
import { firstViewKey } from './store/first-view.ts';
import type { Lang } from './lib/format.ts';
import { App } from './app.tsx';

export function prerender(lang: Lang): { html: string; key: string } {
  applySearch('', lang);
  void i18n.changeLanguage(lang);
  const html = renderToString(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  return { html, key: firstViewKey(useAppStore.getState(), true) };
}
