/** A nearest-station figure in words: "北沙滩站，350 米，步行约 6 分钟" / "Beishatan, 350 m, about a 6 min walk". */
import { useTranslation } from 'react-i18next';
import { formatDistanceKm, formatMinutes, type Lang } from '../../lib/format.ts';
import { stationLabel, type StationHit } from '../../lib/transit.ts';
import type { Geocode } from '../../lib/schema.ts';
import type { TFunction } from 'i18next';
import { nearestText } from '../transit/transit-text.ts';

/** With the park's geocode, a park placed only at area or town level is worded as approximate (see nearestText). */
export function stationWords(hit: StationHit | null, lang: Lang, t: (key: string, values?: Record<string, string>) => string, geocode?: Geocode): string {
  if (!hit) return t('promo.noStation');
  if (geocode && (geocode.precision === 'area' || geocode.precision === 'town')) return nearestText(t as TFunction, hit, lang, geocode);
  return t('promo.station', {
    name: stationLabel(hit.station.name, lang),
    d: formatDistanceKm(hit.distanceKm, lang),
    min: formatMinutes(hit.walkMinutes, lang),
  });
}

export function StationText({ hit, lang }: { hit: StationHit | null; lang: Lang }) {
  const { t } = useTranslation();
  return <>{stationWords(hit, lang, t)}</>;
}
