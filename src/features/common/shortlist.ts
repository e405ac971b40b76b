/**
 * Glue between the promotion views and the data: the shortlist (compare set or filtered parks), each park's nearest
 * station per scenario (lib/transit.ts over the shipped stations and lines), the wording of a park's placement and of
 * distances from it (never more precise than the placement), and the letters of the compare set.
 */
import { useMemo } from 'react';
import { useAppStore } from '../../store/index.ts';
import { useSortedVisibleParks } from '../../store/hooks.ts';
import { useRankOrder } from '../../store/rank-order.ts';
import { PARK_BY_ID } from '../../data/index.ts';
import type { TFunction } from '../../i18n/index.ts';
import type { StationHit } from '../../lib/transit.ts';
import { placementText as cardPlacementText } from './CardParts.tsx';
import { regionDistanceRange, type KmRange } from '../../lib/interval.ts';
import type { StationRange, TransitByPark } from '../../lib/export.ts';
import type { Lang } from '../../lib/format.ts';
import { parkStationAccess } from '../transit/use-station-access.ts';
import { distanceText, stationName, tooWideForWalk } from '../transit/transit-text.ts';
import type { Park } from '../../lib/parks.ts';
import type { Scenario } from '../../lib/domain.ts';

/** The nearest station to a park in a scenario ('now' = open stations; 'plan' = after the planned works), or null. */
export function nearestStation(park: Park, scenario: Scenario): StationHit | null {
  return parkStationAccess(park)[scenario].nearest;
}

/**
 * Each park's nearest station now and after the plan, for the exports (lib/export.ts): the station named in both
 * languages as the app names it (an indicative one marked), with the distance interval from the park's region.
 * `t` gives a translator per language (i18n.getFixedT), since an export carries both whatever the reader's language.
 */
export function transitByPark(parks: readonly Park[], t: Record<Lang, TFunction>): TransitByPark {
  const one = (hit: StationHit | null): StationRange | null =>
    hit
      ? {
          station: { zh: stationName(t.zh, hit.station, 'zh'), en: stationName(t.en, hit.station, 'en') },
          range: hit.range,
        }
      : null;
  return new Map(
    parks.map((p) => [p.id, { now: one(nearestStation(p, 'now')), plan: one(nearestStation(p, 'plan')) }]),
  );
}

/** How precisely a park is placed, in one phrase: "仅定位到镇街，误差约 6.5 公里" / "Placed at town level, within about 6.5 km". */
export function placementText(t: TFunction, park: Park, lang: Lang): string {
  return cardPlacementText(t, park.geocode, lang, park.town);
}

/**
 * A nearest-station figure for a table cell: "清河站 约 220–830 米"; where the range is too wide to tie it to one
 * station (wider than a walking time allows), "最近车站 最远约 2.5 公里（定位点附近为永丰站）"; "—" without a station.
 */
export function stationCellText(t: TFunction, hit: StationHit | null, lang: Lang): string {
  if (!hit) return '—';
  const values = { station: stationName(t, hit.station, lang), distance: distanceText(hit.range, lang) };
  return t(tooWideForWalk(hit.range) ? 'print.sheet.stationWide' : 'print.sheet.stationCell', values);
}

/**
 * The interval of the distance between two parks, each anywhere in its placement region (lib/interval.ts
 * regionDistanceRange: the same from either side). Null if it cannot be measured.
 */
export function parkDistanceRange(a: Park, b: Park): KmRange | null {
  return regionDistanceRange(a.region, b.region);
}

/** The parks of the compare set, in the order they were picked. */
export function useCompareParks(): Park[] {
  const ids = useAppStore((s) => s.compareIds);
  return useMemo(() => ids.map((id) => PARK_BY_ID.get(id)).filter((p): p is Park => p !== undefined), [ids]);
}

export type Shortlist = { parks: Park[]; scope: 'rank' | 'compare' | 'filter' };

/**
 * What the tour and the shortlist sheet cover: the ranked parks in rank order while the ranking is open (issue 23),
 * else the compare set when it is non-empty, else the filtered parks in list order.
 */
export function useShortlist(): Shortlist {
  const compare = useCompareParks();
  const visible = useSortedVisibleParks();
  const rankOpen = useAppStore((s) => s.rankOpen);
  const order = useRankOrder();
  return useMemo(() => {
    if (rankOpen && order) {
      const parks = order.map((id) => PARK_BY_ID.get(id)).filter((p): p is Park => p !== undefined);
      return { parks, scope: 'rank' };
    }
    return compare.length ? { parks: compare, scope: 'compare' } : { parks: visible, scope: 'filter' };
  }, [compare, visible, rankOpen, order]);
}

/** A, B, C, D: how the compare set names its parks in the tray, the table and the distance matrix. */
export const COMPARE_LETTERS = ['A', 'B', 'C', 'D'] as const;
export function compareLetter(i: number): string {
  return COMPARE_LETTERS[i] ?? String(i + 1);
}
