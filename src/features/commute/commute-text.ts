/**
 * Sentences of door to door (issue 22), built from lib/metro results: the one place that words a trip, so the card,
 * the list, the comparison, the presentation, the print sheets and the CSV say the same. Minutes are stated as an
 * interval rounded outward (the low end down, the high end up): never narrower than the model gives.
 */
import type { TFunction } from '../../i18n/index.ts';
import { formatCount, formatFigure, type Lang } from '../../lib/format.ts';
import { formatDistanceKm } from '../../i18n/format.ts';
import { MODEL } from '../../lib/metro/model.ts';
import type { Route, Trip } from '../../lib/metro/door-to-door.ts';
import type { Bilingual, MetroNetworkFile } from '../../lib/schema.ts';

type T = TFunction;

/** The figures of a trip as stated: whole minutes, low rounded down and high up; null where there is no end. */
export function tripMinutes(trip: Trip): { low: number | null; high: number | null } {
  return {
    low: trip.lowMin === null ? null : Math.floor(trip.lowMin),
    high: trip.highMin === null ? null : Math.ceil(trip.highMin),
  };
}

/** "约 24–41 分钟" / "at least about 35 min" / "beyond walking distance of any station" / "not reachable within 3 rides". */
export function tripText(t: T, trip: Trip, lang: Lang): string {
  const { low, high } = tripMinutes(trip);
  const n = (x: number) => formatCount(x, lang);
  if (trip.reason === 'beyond-walk') return t('commute.beyondWalk', { km: formatDistanceKm(MODEL.maxWalkKm, lang) });
  if (trip.reason === 'no-route' || low === null) return t('commute.noRoute', { rides: n(MODEL.maxRides) });
  if (high === null) return t('commute.atLeast', { low: n(low) });
  return t('commute.range', { low: n(low), high: n(Math.max(low, high)) });
}

/** "到西二旗" / "to Xi’erqi", or "从西二旗" / "from Xi’erqi" when the trip is reversed. */
export function towardsText(t: T, place: Bilingual, from: boolean, lang: Lang): string {
  return t(from ? 'commute.from' : 'commute.to', { place: place[lang] });
}

/**
 * The card's line: "到西二旗 约 24–41 分钟 · 规划后 约 22–37 分钟" / "to Xi’erqi about 24–41 min · after the plan about
 * 22–37 min" (after the plan: "no change" where the interval is the same).
 */
export function tripLine(t: T, trips: { now: Trip; plan: Trip }, place: Bilingual, from: boolean, lang: Lang): string {
  const now = `${towardsText(t, place, from, lang)} ${tripText(t, trips.now, lang)}`;
  const a = tripMinutes(trips.now);
  const b = tripMinutes(trips.plan);
  const plan =
    a.low === b.low && a.high === b.high && trips.now.reason === trips.plan.reason
      ? t('commute.planSame')
      : `${t('commute.plan')} ${tripText(t, trips.plan, lang)}`;
  return `${now} · ${plan}`;
}

/** A station's name in a language, from the network. */
function stationOf(net: MetroNetworkFile, id: string, lang: Lang): string {
  return net.stations.find((s) => s.id === id)?.name[lang] ?? id;
}
function lineOf(net: MetroNetworkFile, id: string, lang: Lang): string {
  return net.lines.find((l) => l.id === id)?.name[lang] ?? id;
}

/**
 * A bound's route in travel order: "步行约 800 米 → 16号线 → 西苑换乘4号线 → 到中关村" / "walk about 800 m → Line 16 →
 * change at Xiyuan to Line 4 → to Zhongguancun" (and the last walk where the destination is a place, not a station).
 */
export function routeText(t: T, route: Route, net: MetroNetworkFile, lang: Lang): string {
  const km = (x: number) => formatDistanceKm(x, lang);
  if (route.kind === 'walk') return t('commute.walkKm', { km: km(route.km) });
  const parts: string[] = [];
  if (route.walkInKm > 0.05) parts.push(t('commute.walkKm', { km: km(route.walkInKm) }));
  parts.push(t('commute.depart', { station: stationOf(net, route.board, lang) }));
  route.legs.forEach((leg, i) => {
    const line = lineOf(net, leg.lineId, lang);
    parts.push(i === 0 ? line : t('commute.change', { station: stationOf(net, leg.from, lang), line }));
  });
  parts.push(t('commute.arrive', { station: stationOf(net, route.alight, lang) }));
  if (route.walkOutKm > 0.05) parts.push(t('commute.walkKm', { km: km(route.walkOutKm) }));
  return parts.join(' → ');
}

/** The model's assumptions, one sentence each, with its figures (lib/metro/model.ts, the network's assumptions). */
export function assumptionLines(t: T, net: MetroNetworkFile, lang: Lang): string[] {
  const n = (x: number) => formatFigure(x, lang);
  const a = net.assumptions.l19n;
  const span = ([lo, hi]: readonly [number, number]) => `${n(lo)}–${n(hi)}`;
  return [
    t('commute.assumptions.intro', { rides: n(MODEL.maxRides) }),
    t('commute.assumptions.walk', {
      lowDetour: n(MODEL.walk.low.detour),
      lowSpeed: n(MODEL.walk.low.speedKmh),
      highDetour: n(MODEL.walk.high.detour),
      highSpeed: n(MODEL.walk.high.speedKmh),
      maxKm: n(MODEL.maxWalkKm),
    }),
    t('commute.assumptions.platform', { low: n(MODEL.platformMin.low), high: n(MODEL.platformMin.high) }),
    t('commute.assumptions.wait'),
    t('commute.assumptions.ride'),
    t('commute.assumptions.transfer', { low: n(MODEL.transferDefaultMin.low), high: n(MODEL.transferDefaultMin.high) }),
    t('commute.assumptions.plan', {
      year: String(a.openingYear),
      track: span(a.trackFactor),
      speed: span(a.speedKmh),
      headway: span(a.headwayMin),
    }),
    t('commute.assumptions.source'),
  ];
}
