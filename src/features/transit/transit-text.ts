/**
 * Sentences of the transit feature, built from lib/transit.ts results with the translator and i18n/format.ts. The one place
 * that words a distance to a station: the card, the list, the comparison, the presentation and the print sheets all
 * call these, so a figure is never stated more precisely than the park's placement allows.
 */
import type { TFunction } from '../../i18n/index.ts';
import { formatCount, rangeStyle, WALK_MAX_WIDTH_KM, type Lang } from '../../lib/format.ts';
import { formatKmRange, formatWalkRange, joinList, stationInSentence, stationLabel } from '../../i18n/format.ts';
import type { KmRange } from '../../lib/interval.ts';
import {
  walkMinutes,
  type PlanChange,
  type ScenarioStation,
  type StationHit,
  type TransitNote,
} from '../../lib/transit.ts';
import { transitNetwork } from '../../store/hooks.ts';

type T = TFunction;

/** A distance range in words: "350 米" / "约 150–650 米" / "最远约 2.8 公里" (i18n/format.ts formatKmRange). */
export const distanceText = (r: KmRange, lang: Lang) => formatKmRange(r, lang);

/** The walking time a range allows, or null when the range is too wide for one. */
export const walkText = (r: KmRange, lang: Lang) => formatWalkRange(r, lang, walkMinutes);

/** True when a range is too wide to state a walking time (more than WALK_MAX_WIDTH_KM). */
export const tooWideForWalk = (r: KmRange) => r.farKm - r.nearKm > WALK_MAX_WIDTH_KM;

/** A station's name, marked when its position is only indicative (a planned station placed at its namesake). */
export function stationName(t: T, s: Pick<ScenarioStation, 'name' | 'indicative'>, lang: Lang): string {
  const name = stationLabel(s.name, lang);
  return s.indicative ? t('transit.indicativeStation', { station: name }) : name;
}

/**
 * A station as named in a sentence: "北沙滩站" / "Beishatan station" ("Qinghe Railway Station" keeps its own word),
 * marked when its position is only indicative.
 */
export function stationRef(t: T, s: ScenarioStation, lang: Lang): string {
  const name = stationInSentence(s.name, lang);
  return s.indicative ? t('transit.indicativeStation', { station: name }) : name;
}

/**
 * The nearest station in one sentence, as precise as the park's placement allows:
 * - "距北沙滩站 400 米，步行约 6 分钟" (a range narrower than 300 m: one figure);
 * - "距北沙滩站约 150–650 米，步行 2–9 分钟" (up to 1 km wide: both as ranges);
 * - "距最近车站约 0.3–3.6 公里（…无法估计步行时间；按定位点最近为温阳路站）" (wider: no walking time).
 */
export function nearestText(t: T, hit: StationHit, lang: Lang): string {
  const station = stationRef(t, hit.station, lang);
  const distance = distanceText(hit.range, lang);
  const walk = walkText(hit.range, lang);
  if (!walk) return t('transit.nearestWide', { station, distance });
  return t(rangeStyle(hit.range) === 'single' ? 'transit.nearestLine' : 'transit.nearestRange', {
    station,
    distance,
    walk,
  });
}

export function whenText(t: T, year: number | null): string {
  return year === null ? t('transit.yearUnknown') : t('transit.aboutYear', { year: String(year) });
}

function lineName(id: string, lang: Lang): string {
  return transitNetwork('plan').lines.get(id)?.name[lang] ?? id;
}

/** One plan change as a sentence. */
export function changeText(t: T, c: PlanChange, lang: Lang): string {
  const when = whenText(t, c.openingYear);
  if (c.kind === 'nearer-station') {
    return t('transit.change.nearerStation', {
      station: stationName(t, c.hit.station, lang),
      distance: distanceText(c.hit.range, lang),
      when,
    });
  }
  const a = c.access;
  const common = {
    station: stationName(t, a.station, lang),
    distance: distanceText(a.range, lang),
    line: a.line.name[lang],
    when,
  };
  if (c.kind === 'nearer-on-line')
    return t('transit.change.nearerOnLine', { ...common, before: distanceText(c.previous, lang) });
  return t(c.stationIsNew ? 'transit.change.newLineNewStation' : 'transit.change.newLineExisting', {
    ...common,
    station: stationRef(t, a.station, lang),
  });
}

/** A short label for a change, for the list badge. */
export function changeShort(c: PlanChange, lang: Lang): string {
  return c.kind === 'nearer-station' ? stationLabel(c.hit.station.name, lang) : `+${c.access.line.name[lang]}`;
}

/** The notes of a network, grouped (planned stations without a position are listed per line). */
export function notesText(t: T, notes: readonly TransitNote[], lang: Lang): string[] {
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
    out.unshift(
      t('transit.note.stationNoPosition', {
        line: lineName(line, lang),
        count: formatCount(g.names.length, lang),
        names: joinList(g.names, lang),
        when: whenText(t, g.year),
      }),
    );
  }
  return out;
}

/** The nearest-station figure for compact places (comparison, presentation, print): the sentence, or "no station". */
export function stationWords(t: T, hit: StationHit | null, lang: Lang): string {
  return hit ? nearestText(t, hit, lang) : t('common.noStation');
}
