/**
 * A list row's door-to-door line (issue 22): "到西二旗 约 9–41 分钟" in the current scenario, marked where the park is
 * only possibly within the door-to-door filter's limit. Nothing while no destination is chosen or the network loads.
 */
import { useTranslation } from '../../i18n/react.ts';
import { useAppStore } from '../../store/index.ts';
import { useDestination, useParkTrips } from '../../store/commute-hooks.ts';
import { useFilterContext } from '../../store/hooks.ts';
import { commuteMatch } from '../../lib/filters.ts';
import { formatCount } from '../../lib/format.ts';
import type { Park } from '../../lib/parks.ts';
import { towardsText, tripText } from './commute-text.ts';

export function ParkCommuteLine({ park }: { park: Park }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const from = useAppStore((s) => s.commuteFrom);
  const scenario = useAppStore((s) => s.scenario);
  const filters = useAppStore((s) => s.filters);
  const destination = useDestination();
  const trips = useParkTrips()?.get(park.id);
  const ctx = useFilterContext();
  if (!destination || !trips) return null;
  const trip = scenario === 'plan' ? trips.plan : trips.now;
  const maybe = commuteMatch(park, filters, ctx) === 'possible';
  return (
    <span className="commute-list-line" data-commute-match={maybe ? 'possible' : undefined}>
      {towardsText(t, destination.name, from, lang)} {tripText(t, trip, lang)}
      {maybe && filters.commute.maxMin !== null ? (
        <span className="maybe-tag">{t('commute.mayBe', { min: formatCount(filters.commute.maxMin, lang) })}</span>
      ) : null}
    </span>
  );
}
