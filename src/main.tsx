import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { i18n } from './i18n/index.ts';
import { startUrlSync } from './store/url-sync.ts';
import { startDraftStorage } from './store/editor-storage.ts';
import { startBasemapStorage } from './store/basemap-storage.ts';
import { App } from './app.tsx';
import './styles.css';

// The remembered basemap first: a link that names one overrides it.
startBasemapStorage();
startUrlSync();
startDraftStorage();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <App />
    </I18nextProvider>
  </StrictMode>,
);
