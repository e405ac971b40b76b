/** The app's translator (lib/translate.ts) with its two languages; the store's `lang` drives it (see app.tsx). */
import { createTranslator, type KeyPaths, type Table, type Translate } from '../lib/translate.ts';
import { zh } from './zh.ts';
import { en } from './en.ts';
import * as features from './features.ts';
import type { ranking } from './ranking.ts';
import type { editorLater } from './later/editor.ts';
import type { exportingLater } from './later/export.ts';
import type { compareLater } from './later/compare.ts';
import type { nearbyLater } from './later/nearby.ts';
import type { shareLater } from './later/share.ts';
import type { presentLater } from './later/present.ts';
import type { basemapLater } from './later/basemap.ts';
import type { commuteLater } from './later/commute.ts';

/** The main table plus one namespace per feature: `t('compare.title')` reads `features.compare.zh.title`. */
function resources<L extends 'zh' | 'en'>(lang: L, main: L extends 'zh' ? typeof zh : typeof en): Table {
  const namespaces = Object.fromEntries(Object.entries(features).map(([name, table]) => [name, table[lang]]));
  return { ...main, ...namespaces };
}

/** The Chinese tables define the keys; `t()` with a key that is not in them fails to type-check. */
type Resources = typeof zh & { [K in keyof typeof features]: (typeof features)[K]['zh'] } & {
  /** Added when the ranking's code loads (ranking.ts). */
  ranking: (typeof ranking)['zh'];
} & {
  /** Parts of namespaces added when the code of the features that use them loads (later/*.ts). */
  editor: (typeof editorLater)['zh'];
  export: (typeof exportingLater)['zh'];
  compare: (typeof compareLater)['zh'];
  nearby: (typeof nearbyLater)['zh'];
  share: (typeof shareLater)['zh'];
  present: (typeof presentLater)['zh'];
  basemap: (typeof basemapLater)['zh'];
  commute: (typeof commuteLater)['zh'];
};
/** A key of the string tables, e.g. `'card.precision.town'`. */
export type TKey = KeyPaths<Resources>;
/** A translate function of the app's keys. */
export type TFunction = Translate<TKey>;

export const i18n = createTranslator<TKey>({
  tables: { zh: resources('zh', zh), en: resources('en', en) },
  language: 'zh',
  fallback: 'zh',
});

/**
 * Adds a namespace's strings (both languages) when the code that uses them loads, so they are not in the start-up
 * JavaScript: `addStrings('share', { zh: {...}, en: {...} })` makes `t('share.title')` work from then on.
 */
export function addStrings(namespace: string, table: { zh: Table; en: Table }): void {
  for (const lang of ['zh', 'en'] as const) i18n.addTables(lang, { [namespace]: table[lang] });
}
