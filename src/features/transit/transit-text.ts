/** Sentences of the transit feature, built from lib/transit.ts results with i18next and lib/format.ts. */
import type { TFunction } from 'i18next';
import type { Geocode } from '../../lib/schema.ts';
import { formatCount, formatDistanceKm, type Lang } from '../../lib/format.ts';
import { LINE_SEARCH_KM, stationLabel, type PlanChange, type StationHit, type TransitNote } from '../../lib/transit.ts';
import { transitNetwork } from '../../store/hooks.ts';

export const minutesText = (min: number, lang: Lang) => formatCount(Math.max(1, Math.round(min)), lang);

/**
 * "距北沙滩站 400 米，步行约 6 分钟" / "400 m to Beishatan station, about a 6-minute walk".
 * A park placed only at area or town level gets no false precision: the distance is marked approximate with the
 * placement error, and where that error exceeds the distance only the station is named (no walking time).
 */
export function nearestText(t: TFunction, hit: StationHit, lang: Lang, geocode?: Geocode): string {
  const station = stationLabel(hit.station.name, lang);
  const vague = geocode && (geocode.precision === 'area' || geocode.precision === 'town') && geocode.accuracyM;
  if (vague) {
    const accuracy = formatDistanceKm(geocode.accuracyM! / 1000, lang);
    if (geocode.accuracyM! / 1000 >= hit.distanceKm) return t('transit.nearestVague', { station, accuracy });
    return t('transit.nearestApprox', { station, distance: formatDistanceKm(hit.distanceKm, lang), accuracy });
  }
  return t('transit.nearestLine', { station, distance: formatDistanceKm(hit.distanceKm, lang), minutes: minutesText(hit.walkMinutes, lang) });
}

export function whenText(t: TFunction, year: number | null): string {
  return year === null ? t('transit.yearUnknown') : t('transit.aboutYear', { year: String(year) });
}

function lineName(id: string, lang: Lang): string {
  return transitNetwork('plan').lines.get(id)?.name[lang] ?? id;
}

/** One plan change as a sentence. */
export function changeText(t: TFunction, c: PlanChange, lang: Lang): string {
  const when = whenText(t, c.openingYear);
  if (c.kind === 'nearer-station') {
    return t('transit.change.nearerStation', { station: stationLabel(c.hit.station.name, lang), distance: formatDistanceKm(c.hit.distanceKm, lang), when });
  }
  const a = c.access;
  const common = { station: stationLabel(a.station.name, lang), distance: formatDistanceKm(a.distanceKm, lang), line: a.line.name[lang], when };
  if (c.kind === 'nearer-on-line') return t('transit.change.nearerOnLine', { ...common, before: formatDistanceKm(c.previousKm, lang) });
  return t(c.stationIsNew ? 'transit.change.newLineNewStation' : 'transit.change.newLineExisting', common);
}

/** A short label for a change, for the list badge. */
export function changeShort(c: PlanChange, lang: Lang): string {
  return c.kind === 'nearer-station' ? stationLabel(c.hit.station.name, lang) : `+${c.access.line.name[lang]}`;
}

/** The notes of a network, grouped (planned stations without a position are listed per line). */
export function notesText(t: TFunction, notes: readonly TransitNote[], lang: Lang): string[] {
  const out: string[] = [];
  const byLine = new Map<string, { names: string[]; year: number | null }>();
  for (const n of notes) {
    if (n.kind === 'station-no-position') {
      const key = n.lineIds[0] ?? '';
      const g = byLine.get(key) ?? { names: [], year: n.openingYear };
      g.names.push(stationLabel(n.name, lang));
      byLine.set(key, g);
    } else if (n.kind === 'line-no-geometry') {
      out.push(t('transit.note.lineNoGeometry', { line: n.name[lang] }));
    } else {
      out.push(t('transit.note.noStations'));
    }
  }
  for (const [line, g] of byLine) {
    out.unshift(t('transit.note.stationNoPosition', { line: lineName(line, lang), count: formatCount(g.names.length, lang), names: g.names.join(lang === 'zh' ? '、' : ', '), when: whenText(t, g.year) }));
  }
  return out;
}

export const SEARCH_KM = LINE_SEARCH_KM;
