import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/index.ts';

/** The store's notices as translated text. */
export function useNoticeItems(): { id: number; text: string }[] {
  const { t } = useTranslation();
  const notices = useAppStore((s) => s.notices);
  return notices.map((n) => ({ id: n.id, text: t(n.key, { replace: n.values }) }));
}
