import { useTranslation } from '../../i18n/react.ts';
import { useAppStore } from '../../store/index.ts';
import type { Lang } from '../../lib/format.ts';
import type { NoticeValue } from '../../store/ui-slice.ts';

/** A notice's values in one language (a value given per language, such as a basemap's name, takes that language's). */
function valuesIn(values: Record<string, NoticeValue> | undefined, lang: Lang): Record<string, string> | undefined {
  if (!values) return undefined;
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, typeof v === 'string' ? v : v[lang]]));
}

/** The store's notices as translated text. */
export function useNoticeItems(): { id: number; text: string }[] {
  const { t } = useTranslation();
  const notices = useAppStore((s) => s.notices);
  const lang = useAppStore((s) => s.lang);
  return notices.map((n) => ({ id: n.id, text: t(n.key, { replace: valuesIn(n.values, lang) }) }));
}
