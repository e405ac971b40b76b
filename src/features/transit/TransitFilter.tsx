/**
 * Filter parks by distance to transit: "within X km of a station", choosing lines and (after the plan) station
 * statuses, and whether parks that only *may* be within it (their site is uncertain) are listed too. Part of the one
 * filter (lib/filters.ts): counts, chips, "Clear all", the link and the empty state all account for it. The same
 * intervals drive the 'transit' sort (store/hooks.ts).
 */
import { useMemo, useState } from 'react';
import { useTranslation } from '../../i18n/react.ts';
import { useAppStore } from '../../store/index.ts';
import { transitNetwork, useFilterContext } from '../../store/hooks.ts';
import { PARKS, TRANSIT_LINES } from '../../data/index.ts';
import { filterParks, transitMatch } from '../../lib/filters.ts';
import { formatDistanceKm } from '../../i18n/format.ts';
import { TRANSIT_STATUSES } from '../../lib/vocab.ts';
import { TRANSIT_KM_CHOICES } from '../../lib/transit.ts';
import { Chip } from '../../ui/Chip.tsx';
import { parkStationAccess } from './use-station-access.ts';

const LINE_ORDER = TRANSIT_LINES.features.map((f) => f.properties.id);

export function TransitFilter() {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const scenario = useAppStore((s) => s.scenario);
  const filters = useAppStore((s) => s.filters);
  const q = filters.transit;
  const ctx = useFilterContext();
  const s = useAppStore.getState();
  // Lines and statuses fold away until asked for (or already chosen): the sidebar stays short.
  const [more, setMore] = useState(false);
  const open = more || q.lines.length > 0 || q.statuses.length > 0;

  // Parks passing the other filters: the base for the distance counts (certainly within, plus possibly when asked).
  const base = useMemo(
    () => filterParks(PARKS, { ...filters, transit: { ...q, maxKm: null } }, ctx),
    [filters, q, ctx],
  );
  const countWithin = (km: number | null) =>
    base.filter((p) => {
      const m = transitMatch(p, { ...filters, transit: { ...q, maxKm: km } }, ctx);
      return m === null || m === 'certain' || (m === 'possible' && q.possible);
    }).length;

  // Lines offered: those with a station within 5 km of some park in this scenario, plus any already chosen.
  const lines = useMemo(() => {
    const ids = new Set<string>(
      PARKS.flatMap((p) =>
        (scenario === 'now' ? parkStationAccess(p).now : parkStationAccess(p).plan).byLine.map((a) => a.line.id),
      ),
    );
    q.lines.forEach((id) => ids.add(id));
    return LINE_ORDER.filter((id) => ids.has(id))
      .map((id) => transitNetwork('plan').lines.get(id)!)
      .filter(Boolean);
  }, [scenario, q.lines]);

  return (
    <fieldset className="filter-group transit-filter">
      <legend>{t('transit.filter.legend')}</legend>
      <div className="chips" role="group" aria-label={t('transit.filter.legend')}>
        <Chip
          label={t('transit.filter.any')}
          count={countWithin(null)}
          pressed={q.maxKm === null}
          onToggle={() => s.setTransitMaxKm(null)}
        />
        {TRANSIT_KM_CHOICES.map((km) => (
          <Chip
            key={km}
            label={t('transit.filter.within', { distance: formatDistanceKm(km, lang) })}
            count={countWithin(km)}
            pressed={q.maxKm === km}
            onToggle={() => s.setTransitMaxKm(q.maxKm === km ? null : km)}
          />
        ))}
      </div>
      <label className="check transit-possible">
        <input type="checkbox" checked={q.possible} onChange={(e) => s.setTransitPossible(e.target.checked)} />
        {t('transit.filter.possible')}
      </label>
      <p className="muted small">{t('transit.filter.possibleHint')}</p>
      {/* Two actions side by side, spaced apart (never run together as one phrase). */}
      <div className="transit-filter-links">
        <button type="button" className="link-button" aria-expanded={open} onClick={() => setMore(!open)}>
          {t('transit.filter.more')}
        </button>
        {q.maxKm !== null || q.lines.length || q.statuses.length ? (
          <button type="button" className="link-button" onClick={() => s.clearFilter('transit')}>
            {t('transit.filter.clear')}
          </button>
        ) : null}
      </div>
      {open ? (
        <>
          <div className="transit-filter-sub">
            <span className="sub-legend" id="transit-lines-label">
              {t('transit.filter.lines')}
            </span>
            <div className="chips" role="group" aria-labelledby="transit-lines-label">
              {lines.map((l) => (
                <Chip
                  key={l.id}
                  label={l.name[lang]}
                  colour={l.colour}
                  pressed={q.lines.includes(l.id)}
                  onToggle={() => s.toggleTransitLine(l.id)}
                />
              ))}
            </div>
          </div>
          <div className="transit-filter-sub">
            <span className="sub-legend" id="transit-status-label">
              {t('transit.filter.statuses')}
            </span>
            {scenario === 'plan' ? (
              <div className="chips" role="group" aria-labelledby="transit-status-label">
                {TRANSIT_STATUSES.map((st) => (
                  <Chip
                    key={st}
                    label={t(`transit.status.${st}`)}
                    pressed={q.statuses.includes(st)}
                    onToggle={() => s.toggleTransitStatus(st)}
                  />
                ))}
              </div>
            ) : (
              <p className="muted small">{t('transit.filter.statusesHint')}</p>
            )}
          </div>
        </>
      ) : null}
    </fieldset>
  );
}
