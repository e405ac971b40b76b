/**
 * What the PNG export says, in the reader's language (lib/png-layout.ts PngContent): the title band (app name, what is
 * shown, the active filters), the legend for what the picture holds, the scale bar's length and label, and the
 * attribution of the map with the source of the data.
 */
import type { TFunction } from '../../i18n/index.ts';
import type { Filters } from '../../lib/filters.ts';
import { activeFilterKeys } from '../../lib/filters.ts';
import type { Lang } from '../../lib/format.ts';
import type { LayerId, Scenario } from '../../lib/domain.ts';
import type { Park } from '../../lib/parks.ts';
import { INDUSTRY_GROUPS, groupOf } from '../../lib/industry-groups.ts';
import {
  evaluateNumber,
  metresPerPixel,
  niceScaleBar,
  type LegendEntry,
  type PngContent,
} from '../../lib/png-layout.ts';
import { formatSheetDate } from '../../lib/export.ts';
import { INDUSTRY_BY_ID, PARK_TOWNS, TRANSIT_LINES } from '../../data/index.ts';
import { formatAreaM2, formatDistanceKm, joinList } from '../../i18n/format.ts';
import { parksCircle } from '../../map/layers.ts';
import { isRoughlyPlaced, ROUGH_ACCURACY_M } from '../../map/placement.ts';
import type { MapPicture } from '../../map/use-map-snapshot.ts';
import '../../i18n/later/export.ts';

/** Floor areas of the size key, m²: round figures across the parks' range (2.2万㎡ to 80.7万㎡). */
const SIZE_KEY_M2 = [50_000, 200_000, 800_000];
/** Longest scale bar, CSS px. */
const SCALE_BAR_MAX = 120;

export type PngState = {
  lang: Lang;
  t: TFunction;
  /** The parks shown (the current filter), and how many there are in all. */
  parks: readonly Park[];
  total: number;
  filters: Filters;
  scenario: Scenario;
  hiddenLayers: readonly LayerId[];
  date: Date;
};

/** The active filters in words, as the sidebar's chips name them; null when none is active. */
function filterSummary(f: Filters, lang: Lang, t: TFunction): string | null {
  if (!activeFilterKeys(f).length) return null;
  const parts: string[] = [
    ...f.industries.map((id) => INDUSTRY_BY_ID.get(id)?.[lang] ?? id),
    ...f.towns.map((slug) => PARK_TOWNS.find((x) => x.slug === slug)?.[lang] ?? slug),
  ];
  if (f.minM2 !== null || f.maxM2 !== null) {
    const lo = f.minM2 === null ? '0' : formatAreaM2(f.minM2, lang, { short: true });
    const hi = f.maxM2 === null ? '∞' : formatAreaM2(f.maxM2, lang, { short: true });
    parts.push(t('filters.sizeChip', { range: `${lo} – ${hi}` }));
  }
  if (f.query.trim()) parts.push(t('filters.queryChip', { q: f.query.trim() }));
  if (f.transit.maxKm !== null) {
    const key = f.transit.possible ? 'transit.filter.chipPossible' : 'transit.filter.chip';
    parts.push(t(key, { distance: formatDistanceKm(f.transit.maxKm, lang) }));
  }
  parts.push(
    ...f.transit.lines.map(
      (id) => TRANSIT_LINES.features.find((l) => l.properties.id === id)?.properties.name[lang] ?? id,
    ),
    ...f.transit.statuses.map((st) => t(`transit.status.${st}`)),
  );
  return t('export.image.filters', { list: joinList(parts, lang) });
}

/** The legend of what the picture holds: the industry groups of the parks shown, placement marks, sizes, lines. */
function legendEntries(s: PngState, picture: MapPicture): LegendEntry[] {
  const { t, lang } = s;
  const shown = new Set(s.parks.map((p) => groupOf(p.industries[0] ?? '').id));
  const on = (id: LayerId) => !s.hiddenLayers.includes(id);
  const entries: LegendEntry[] = [{ symbol: null, text: t('legend.parks') }];
  for (const g of INDUSTRY_GROUPS)
    if (shown.has(g.id)) entries.push({ symbol: { kind: 'disc', colour: g.colour }, text: t(`legend.group.${g.id}`) });
  const distance = formatDistanceKm(ROUGH_ACCURACY_M / 1000, lang);
  if (s.parks.some((p) => !isRoughlyPlaced(p.geocode)))
    entries.push({ symbol: { kind: 'precise' }, text: t('regions.precise', { distance }) });
  if (s.parks.some((p) => isRoughlyPlaced(p.geocode)))
    entries.push({ symbol: { kind: 'rough' }, text: t('regions.rough', { distance }) });
  // The size key: the map's own radius expression at the picture's zoom, in output pixels.
  for (const floor of SIZE_KEY_M2) {
    const r = evaluateNumber(parksCircle.paint['circle-radius'], { zoom: picture.zoom, properties: { floor } });
    if (r !== null)
      entries.push({ symbol: { kind: 'size', radiusPx: r * picture.pixelRatio }, text: formatAreaM2(floor, lang) });
  }
  const lines: LegendEntry[] = [];
  if (on('transit-now')) lines.push({ symbol: { kind: 'line', style: 'open' }, text: t('legend.open') });
  if (on('transit-planned')) {
    lines.push({
      symbol: { kind: 'line', style: 'planned' },
      text: `${t('legend.building')} / ${t('legend.planned')}`,
    });
    lines.push({ symbol: { kind: 'line', style: 'indicative' }, text: t('legend.indicative') });
  }
  if (lines.length) lines.push({ symbol: { kind: 'station' }, text: t('legend.station') });
  lines.push({ symbol: { kind: 'line', style: 'district' }, text: t('legend.district') });
  if (on('towns')) lines.push({ symbol: { kind: 'line', style: 'town' }, text: t('legend.town') });
  entries.push({ symbol: null, text: t('layers.title') }, ...lines);
  return entries;
}

/** Everything the PNG says, for a picture taken by use-export-picture.ts. */
export function pngContent(s: PngState, picture: MapPicture): PngContent {
  const { t, lang } = s;
  const unitPx = picture.pixelRatio;
  const bar = niceScaleBar(metresPerPixel(picture.centerLat, picture.zoom) / unitPx, SCALE_BAR_MAX * unitPx);
  const count = t('filters.count', { shown: s.parks.length, total: s.total });
  const scenario = t('export.image.scenario', { scenario: t(`header.${s.scenario}`) });
  return {
    mapWidthPx: picture.canvas.width,
    mapHeightPx: picture.canvas.height,
    unitPx,
    title: t('app.title'),
    subtitle: `${t('export.image.subtitle', { count })} · ${scenario}`,
    filters: filterSummary(s.filters, lang, t),
    date: t('export.image.date', { date: formatSheetDate(s.date, lang) }),
    legendTitle: t('legend.title'),
    legend: legendEntries(s, picture),
    scaleBar: bar ? { lengthPx: bar.lengthPx, label: formatDistanceKm(bar.metres / 1000, lang) } : null,
    attribution: [...(picture.basemapCredit ? [picture.basemapCredit] : []), t('map.attribution'), t('card.source')],
  };
}
