/** An empty result explains which filter excluded the most and relaxes it in one click. */
import { useMemo } from 'react';
import { useTranslation } from '../../i18n/react.ts';
import { useAppStore } from '../../store/index.ts';
import { useFilterContext } from '../../store/hooks.ts';
import { PARKS } from '../../data/index.ts';
import { bestRelaxation, type FilterKey } from '../../lib/filters.ts';

const KEY_LABEL = {
  industries: 'filters.keyIndustries',
  towns: 'filters.keyTowns',
  size: 'filters.keySize',
  query: 'filters.keyQuery',
  transit: 'filters.keyTransit',
  commute: 'commute.key',
} as const satisfies Record<FilterKey, string>;

export function EmptyState() {
  const { t } = useTranslation();
  const filters = useAppStore((s) => s.filters);
  const clearFilter = useAppStore((s) => s.clearFilter);
  const ctx = useFilterContext();
  const best = useMemo(() => bestRelaxation(PARKS, filters, ctx), [filters, ctx]);
  return (
    <div className="empty" role="status">
      <p>{t('filters.empty')}</p>
      {best ? (
        <>
          <p>{t('filters.emptyWhy', { filter: t(KEY_LABEL[best.key]) })}</p>
          <button type="button" className="button" onClick={() => clearFilter(best.key)}>
            {t('filters.relax', { filter: t(KEY_LABEL[best.key]), count: best.count })}
          </button>
        </>
      ) : null}
    </div>
  );
}
