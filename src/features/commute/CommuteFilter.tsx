/**
 * Door to door in the filters (issue 22): the destination (the default set, or a place chosen in the search), the
 * trip's direction, "at most N minutes" (certainly, or possibly with the switch: lib/filters.ts, three-valued like the
 * transit filter) and the reach layer. The network loads when a destination is chosen; until then nothing is filtered.
 */
import { useId } from 'react';
import { useTranslation } from '../../i18n/react.ts';
import { useAppStore } from '../../store/index.ts';
import { ensureMetro, useDestination } from '../../store/commute-hooks.ts';
import { useFilterContext } from '../../store/hooks.ts';
import { PARKS } from '../../data/index.ts';
import { commuteMatch, filterParks } from '../../lib/filters.ts';
import { DEFAULT_DESTINATIONS } from '../../lib/metro/destinations.ts';
import { REACH_MINUTES } from '../../lib/domain.ts';
import { formatCount } from '../../lib/format.ts';
import { ReachSummary } from './ReachSummary.tsx';

/** The destination chooser: none, the default set, and a destination chosen elsewhere (a searched place, a link). */
export function DestinationSelect({ id }: { id?: string }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const key = useAppStore((s) => s.commuteTo);
  const resolved = useDestination();
  const custom = key !== null && !DEFAULT_DESTINATIONS.some((d) => d.id === key);
  return (
    <select id={id} value={key ?? ''} onChange={(e) => useAppStore.getState().setCommuteTo(e.target.value || null)}>
      <option value="">{t('commute.none')}</option>
      {DEFAULT_DESTINATIONS.map((d) => (
        <option key={d.id} value={d.id}>
          {d.name[lang]}
        </option>
      ))}
      {custom ? <option value={key}>{resolved ? resolved.name[lang] : key}</option> : null}
    </select>
  );
}

export function CommuteFilter() {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const key = useAppStore((s) => s.commuteTo);
  const from = useAppStore((s) => s.commuteFrom);
  const status = useAppStore((s) => s.metroStatus);
  const q = useAppStore((s) => s.filters.commute);
  const reach = useAppStore((s) => s.reachMin);
  const filters = useAppStore((s) => s.filters);
  const ctx = useFilterContext();
  const s = useAppStore.getState();
  const destId = useId();
  const limitId = useId();
  const reachId = useId();
  // Parks the "possible" switch would add, among those passing the other filters.
  const extra =
    q.maxMin !== null && !q.possible && ctx.commuteRange
      ? filterParks(PARKS, { ...filters, commute: { ...q, possible: true } }, ctx).filter(
          (p) => commuteMatch(p, filters, ctx) === 'possible',
        ).length
      : 0;

  return (
    <fieldset className="filter-group commute-filter">
      <legend>{t('commute.title')}</legend>
      <div className="commute-row">
        <label htmlFor={destId}>{t('commute.destination')}</label>
        <DestinationSelect id={destId} />
      </div>
      {key !== null ? (
        <>
          <label className="commute-check">
            <input type="checkbox" checked={from} onChange={(e) => s.setCommuteFrom(e.target.checked)} />
            {t('commute.reverse')}
          </label>
          <div className="commute-row">
            <label htmlFor={limitId}>{t('commute.limit')}</label>
            <input
              id={limitId}
              type="number"
              inputMode="numeric"
              min={5}
              max={180}
              step={5}
              placeholder={t('commute.limitNone')}
              value={q.maxMin ?? ''}
              onChange={(e) => s.setCommuteMaxMin(e.target.value === '' ? null : Number(e.target.value))}
            />
          </div>
          {q.maxMin !== null ? (
            <label className="commute-check">
              <input type="checkbox" checked={q.possible} onChange={(e) => s.setCommutePossible(e.target.checked)} />
              {t('commute.possible')}
              {extra > 0 ? (
                <span className="muted"> · {t('commute.possibleExtra', { count: formatCount(extra, lang) })}</span>
              ) : null}
            </label>
          ) : null}
          <div className="commute-row">
            <label htmlFor={reachId}>{t('commute.reach.label')}</label>
            <select
              id={reachId}
              value={reach ?? ''}
              onChange={(e) => s.setReachMin(e.target.value === '' ? null : Number(e.target.value))}
            >
              <option value="">{t('commute.reach.off')}</option>
              {REACH_MINUTES.map((m) => (
                <option key={m} value={m}>
                  {t('commute.reach.option', { min: formatCount(m, lang) })}
                </option>
              ))}
            </select>
          </div>
          <ReachSummary />
        </>
      ) : null}
      {status === 'loading' ? (
        <p className="muted" role="status">
          {t('commute.loading')}
        </p>
      ) : status === 'failed' ? (
        <p role="alert">
          {t('commute.failed')}{' '}
          <button type="button" className="link-button" onClick={ensureMetro}>
            {t('commute.retry')}
          </button>
        </p>
      ) : null}
    </fieldset>
  );
}
