/** Each active filter as a removable chip, plus "clear all". */
import { useTranslation } from '../../i18n/react.ts';
import { useAppStore } from '../../store/index.ts';
import { INDUSTRY_BY_ID, PARK_TOWNS } from '../../data/index.ts';
import { formatAreaM2, formatDistanceKm, joinList } from '../../i18n/format.ts';
import { TRANSIT_LINES } from '../../data/index.ts';
import { activeFilterKeys } from '../../lib/filters.ts';
import { RemovableChip } from '../../ui/Chip.tsx';
import { useDestination } from '../../store/commute-hooks.ts';
import { formatCount } from '../../lib/format.ts';

export function ActiveFilterChips() {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const f = useAppStore((s) => s.filters);
  const from = useAppStore((st) => st.commuteFrom);
  const destination = useDestination();
  const s = useAppStore.getState();
  if (!activeFilterKeys(f).length) return null;
  const chips: { key: string; label: string; remove: () => void }[] = [
    ...f.industries.map((id) => ({
      key: `i-${id}`,
      label: INDUSTRY_BY_ID.get(id)?.[lang] ?? id,
      remove: () => s.toggleIndustry(id),
    })),
    ...f.towns.map((slug) => ({
      key: `t-${slug}`,
      label: PARK_TOWNS.find((x) => x.slug === slug)?.[lang] ?? slug,
      remove: () => s.toggleTown(slug),
    })),
  ];
  if (f.minM2 !== null || f.maxM2 !== null) {
    const range = `${f.minM2 === null ? '0' : formatAreaM2(f.minM2, lang, { short: true })} – ${f.maxM2 === null ? '∞' : formatAreaM2(f.maxM2, lang, { short: true })}`;
    chips.push({ key: 'size', label: t('filters.sizeChip', { range }), remove: () => s.clearFilter('size') });
  }
  if (f.query.trim())
    chips.push({ key: 'q', label: t('filters.queryChip', { q: f.query }), remove: () => s.clearFilter('query') });
  if (f.transit.maxKm !== null || f.transit.lines.length || f.transit.statuses.length) {
    const parts: string[] = [];
    if (f.transit.maxKm !== null) {
      parts.push(
        t(f.transit.possible ? 'transit.filter.chipPossible' : 'transit.filter.chip', {
          distance: formatDistanceKm(f.transit.maxKm, lang),
        }),
      );
    }
    const lineNames = f.transit.lines.map(
      (id) => TRANSIT_LINES.features.find((l) => l.properties.id === id)?.properties.name[lang] ?? id,
    );
    const statusNames = f.transit.statuses.map((st) => t(`transit.status.${st}`));
    const rest = joinList([...lineNames, ...statusNames], lang);
    chips.push({
      key: 'transit',
      label: [...parts, rest].filter(Boolean).join(' · '),
      remove: () => s.clearFilter('transit'),
    });
  }
  if (f.commute.maxMin !== null) {
    const place = destination ? destination.name[lang] : '…';
    const label = t(from ? 'commute.chipFrom' : 'commute.chip', { min: formatCount(f.commute.maxMin, lang), place });
    chips.push({ key: 'commute', label, remove: () => s.clearFilter('commute') });
  }
  return (
    <div className="active-chips">
      {chips.map((c) => (
        <RemovableChip
          key={c.key}
          label={c.label}
          removeLabel={t('filters.remove', { label: c.label })}
          onRemove={c.remove}
        />
      ))}
      <button type="button" className="link-button" onClick={() => s.resetFilters()}>
        {t('filters.clearAll')}
      </button>
    </div>
  );
}
