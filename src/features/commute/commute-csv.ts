/**
 * Door to door in the CSV (issue 22): for each default destination (and the chosen one, if it is not among them),
 * four columns — the trip's low and high end, now and after the plan, in whole minutes rounded outward — in the
 * direction chosen (to the destination, or from it). Keys are stable (`to_xierqi_now_low_min`); labels follow the
 * reader's language.
 */
import type { TFunction } from '../../i18n/index.ts';
import type { Lang } from '../../lib/format.ts';
import type { CsvExtraColumn } from '../../lib/export.ts';
import { DEFAULT_DESTINATIONS, resolveDestination } from '../../lib/metro/destinations.ts';
import type { LoadedMetro } from '../../data/metro.ts';
import { placeIndexNow } from '../../data/gazetteer-data.ts';
import { parkTrips } from '../../store/commute-hooks.ts';
import { towardsText, tripMinutes } from './commute-text.ts';
import '../../i18n/later/commute.ts';

export function commuteColumns(
  t: TFunction,
  lang: Lang,
  loaded: LoadedMetro,
  chosen: string | null,
  from: boolean,
): CsvExtraColumn[] {
  const keys = DEFAULT_DESTINATIONS.map((d) => d.id);
  if (chosen && !keys.includes(chosen)) keys.push(chosen);
  const places = placeIndexNow()?.GAZETTEER_PLACES ?? null;
  const columns: CsvExtraColumn[] = [];
  for (const key of keys) {
    const resolved = resolveDestination(key, loaded.metro.net.stations, places);
    if (!resolved) continue;
    const trips = parkTrips(loaded, resolved, from ? 'from' : 'to');
    const towards = towardsText(t, resolved.name, from, lang);
    const slug = key.replace(/[^a-z0-9]+/g, '_');
    for (const scenario of ['now', 'plan'] as const)
      for (const bound of ['low', 'high'] as const)
        columns.push({
          key: `${from ? 'from' : 'to'}_${slug}_${scenario}_${bound}_min`,
          label: t('commute.csv', {
            towards,
            scenario: t(`transit.scenario.${scenario}`),
            bound: t(`commute.csvBound.${bound}`),
          }),
          value: (park) => {
            const trip = trips.get(park.id);
            return trip ? tripMinutes(trip[scenario])[bound] : null;
          },
        });
  }
  return columns;
}
