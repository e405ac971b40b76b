/** Sidebar filters: search, industry and town chips with counts, size range with basis switch, active chips, count and sort. */
import { useId, useMemo } from 'react';
import { useTranslation } from '../../i18n/react.ts';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store/index.ts';
import { useFilterContext, usePossibleExtraCount, useVisibleParks } from '../../store/hooks.ts';
import { INDUSTRIES, MAX_FLOOR_AREA_M2, PARKS, PARK_TOWNS } from '../../data/index.ts';
import { industryCounts, townCounts, SORT_KEYS, type SortKey } from '../../lib/filters.ts';
import { areaFromInput, areaInputValue, formatCount } from '../../lib/format.ts';
import { formatAreaM2 } from '../../i18n/format.ts';
import { groupOf } from '../../lib/industry-groups.ts';
import { Chip } from '../../ui/Chip.tsx';
import { ActiveFilterChips } from './ActiveFilterChips.tsx';
import { CommuteFilter } from '../commute/CommuteFilter.tsx';
import { TransitFilter } from '../transit/TransitFilter.tsx';

const SORT_LABEL = {
  seq: 'filters.sortSeq',
  name: 'filters.sortName',
  floor: 'filters.sortFloor',
  above: 'filters.sortAbove',
  transit: 'filters.sortTransit',
  commute: 'commute.sort',
} as const satisfies Record<SortKey, string>;

function SizeFilter() {
  const { t } = useTranslation();
  const id = useId();
  const lang = useAppStore((s) => s.lang);
  const [minM2, maxM2, basis] = useAppStore(
    useShallow((s) => [s.filters.minM2, s.filters.maxM2, s.filters.sizeBasis] as const),
  );
  const setSizeRange = useAppStore((s) => s.setSizeRange);
  const setSizeBasis = useAppStore((s) => s.setSizeBasis);
  const step = lang === 'zh' ? 0.5 : 5000;
  const top = areaInputValue(MAX_FLOOR_AREA_M2, lang);
  const parse = (v: string): number | null =>
    v.trim() === '' || !Number.isFinite(Number(v)) ? null : areaFromInput(Number(v), lang);
  return (
    <fieldset className="filter-group">
      <legend>{t('filters.size')}</legend>
      <div className="segmented" role="radiogroup" aria-label={t('filters.size')}>
        {(['total', 'above'] as const).map((b) => (
          <label key={b}>
            <input type="radio" name={`${id}-basis`} checked={basis === b} onChange={() => setSizeBasis(b)} />
            {t(b === 'total' ? 'filters.total' : 'filters.above')}
          </label>
        ))}
      </div>
      <div className="size-inputs">
        <label>
          {t('filters.min')}
          <input
            type="number"
            min={0}
            step={step}
            value={minM2 === null ? '' : areaInputValue(minM2, lang)}
            onChange={(e) => setSizeRange(parse(e.target.value), maxM2)}
          />
        </label>
        <label>
          {t('filters.max')}
          <input
            type="number"
            min={0}
            step={step}
            value={maxM2 === null ? '' : areaInputValue(maxM2, lang)}
            onChange={(e) => setSizeRange(minM2, parse(e.target.value))}
          />
        </label>
      </div>
      <input
        type="range"
        className="size-slider"
        min={0}
        max={top}
        step={step}
        value={minM2 === null ? 0 : areaInputValue(minM2, lang)}
        aria-label={t('filters.min')}
        aria-valuetext={minM2 === null ? '—' : formatAreaM2(minM2, lang, { short: true })}
        onChange={(e) => {
          const v = Number(e.target.value);
          setSizeRange(v === 0 ? null : areaFromInput(v, lang), maxM2);
        }}
      />
    </fieldset>
  );
}

export function FilterPanel() {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const filters = useAppStore((s) => s.filters);
  const toggleIndustry = useAppStore((s) => s.toggleIndustry);
  const toggleTown = useAppStore((s) => s.toggleTown);
  const ctx = useFilterContext();
  const indCounts = useMemo(
    () =>
      industryCounts(
        PARKS,
        filters,
        INDUSTRIES.map((i) => i.id),
        ctx,
      ),
    [filters, ctx],
  );
  const tCounts = useMemo(() => townCounts(PARKS, filters, ctx), [filters, ctx]);
  // Only industries some park has are offered.
  const used = useMemo(() => INDUSTRIES.filter((i) => PARKS.some((p) => p.industries.includes(i.id))), []);
  return (
    <details className="filters" open>
      <summary>{t('filters.title')}</summary>
      <fieldset className="filter-group">
        <legend>{t('filters.industry')}</legend>
        <div className="chips">
          {used.map((i) => (
            <Chip
              key={i.id}
              label={i[lang]}
              colour={groupOf(i.id).colour}
              count={indCounts.get(i.id) ?? 0}
              pressed={filters.industries.includes(i.id)}
              onToggle={() => toggleIndustry(i.id)}
            />
          ))}
        </div>
      </fieldset>
      <SizeFilter />
      <fieldset className="filter-group">
        <legend>{t('filters.town')}</legend>
        <div className="chips">
          {PARK_TOWNS.map((town) => (
            <Chip
              key={town.slug}
              label={town[lang]}
              count={tCounts.get(town.slug) ?? 0}
              pressed={filters.towns.includes(town.slug)}
              onToggle={() => toggleTown(town.slug)}
            />
          ))}
        </div>
      </fieldset>
      <TransitFilter />
      <CommuteFilter />
    </details>
  );
}

export function ResultBar() {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const visible = useVisibleParks();
  const extra = usePossibleExtraCount();
  const setPossible = useAppStore((s) => s.setTransitPossible);
  const sort = useAppStore((s) => s.sort);
  const setSort = useAppStore((s) => s.setSort);
  const rankOpen = useAppStore((s) => s.rankOpen);
  const id = useId();
  return (
    <div className="result-bar">
      <ActiveFilterChips />
      <div className="result-line">
        <span className="count" aria-live="polite">
          <span className="count-shown">
            {t('filters.count', { shown: formatCount(visible.length, lang), total: formatCount(PARKS.length, lang) })}
          </span>
          {extra > 0 ? (
            <>
              {t('common.join.clause')}
              <button type="button" className="link-button extra-possible" onClick={() => setPossible(true)}>
                {t('transit.filter.extra', { count: formatCount(extra, lang) })}
              </button>
            </>
          ) : null}
        </span>
        {rankOpen ? null : (
          <>
            <label htmlFor={id} className="sort-label">
              {t('filters.sort')}
            </label>
            <select id={id} value={sort} onChange={(e) => setSort(e.target.value as SortKey)}>
              {SORT_KEYS.map((k) => (
                <option key={k} value={k}>
                  {t(SORT_LABEL[k])}
                </option>
              ))}
            </select>
          </>
        )}
        {rankOpen ? null : (
          <button
            type="button"
            className="link-button rank-toggle"
            title={t('shell.rankHint')}
            onClick={() => useAppStore.getState().setRankOpen(true)}
          >
            {t('shell.rankShort')}
          </button>
        )}
      </div>
    </div>
  );
}
