/** i18next set up with the app's two languages; the store's `lang` drives it (see app.tsx). */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { zh } from './zh.ts';
import { en } from './en.ts';
import { transit, promo, resident, regions } from './features.ts';

export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  resources: {
    zh: { translation: { ...zh, transit: transit.zh, promo: promo.zh, resident: resident.zh, regions: regions.zh } },
    en: { translation: { ...en, transit: transit.en, promo: promo.en, resident: resident.en, regions: regions.en } },
  },
  lng: 'zh',
  fallbackLng: 'zh',
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});
