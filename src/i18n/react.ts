/** The translator's React hook: components re-render in the new language when it changes (i18n.changeLanguage). */
import { useMemo, useSyncExternalStore } from 'react';
import { i18n, type TFunction } from './index.ts';

const current = () => i18n.language;

/** `t` in the current language (a new function when the language changes), and the translator itself. */
export function useTranslation(): { t: TFunction; i18n: typeof i18n } {
  const lang = useSyncExternalStore(i18n.subscribe, current, current);
  const t = useMemo(() => i18n.getFixedT(lang), [lang]);
  return { t, i18n };
}
