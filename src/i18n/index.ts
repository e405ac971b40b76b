/** i18next set up with the app's two languages; the store's `lang` drives it (see app.tsx). */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { zh } from './zh.ts';
import { en } from './en.ts';
import * as features from './features.ts';
import type { ranking } from './ranking.ts';

/** The main table plus one namespace per feature: `t('compare.title')` reads `features.compare.zh.title`. */
function resources<L extends 'zh' | 'en'>(lang: L, main: L extends 'zh' ? typeof zh : typeof en) {
  const namespaces = Object.fromEntries(Object.entries(features).map(([name, table]) => [name, table[lang]]));
  return { ...main, ...namespaces };
}

export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  resources: { zh: { translation: resources('zh', zh) }, en: { translation: resources('en', en) } },
  lng: 'zh',
  fallbackLng: 'zh',
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});

/** The Chinese tables define the keys; `t()` with a key that is not in them fails to type-check. */
type Resources = typeof zh & { [K in keyof typeof features]: (typeof features)[K]['zh'] } & {
  /** Added when the ranking's code loads (ranking.ts). */
  ranking: (typeof ranking)['zh'];
};
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Resources };
  }
}
