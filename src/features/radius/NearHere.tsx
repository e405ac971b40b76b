/**
 * The radius query's place in the sidebar: a hint until there is a query, then its panel (NearHerePanel.tsx), whose
 * code, with the nearby summary and the gazetteer that names the chosen place, loads on the first query.
 */
import { useTranslation } from '../../i18n/react.ts';
import { useAppStore } from '../../store/index.ts';
import { Deferred, lazyNamed } from '../../ui/Deferred.tsx';
import './near-here.css';

const NearHerePanel = lazyNamed(() => import('./NearHerePanel.tsx').then((m) => m.NearHerePanel));

export function NearHere() {
  const { t } = useTranslation();
  const hasRadius = useAppStore((s) => s.radius !== null);
  if (!hasRadius) return <p className="radius-hint muted small">{t('nearby.hint')}</p>;
  return (
    <Deferred pending={t('common.loading')} failed={t('common.loadFailed')}>
      <NearHerePanel />
    </Deferred>
  );
}
