/**
 * The collapsible legend: industry groups (colour + name), how precisely parks are placed (disc, ring, placement
 * region, the "possibly within" ring while the map shows one), line styles by status, stations, boundaries.
 */
import { useTranslation } from '../../i18n/react.ts';
import { useAppStore } from '../../store/index.ts';
import { useTransitMatches } from '../../store/hooks.ts';
import { INDUSTRY_GROUPS } from '../../lib/industry-groups.ts';
import { formatDistanceKm } from '../../i18n/format.ts';
import { ROUGH_ACCURACY_M } from '../../map/placement.ts';
import { parkRadiusPx } from '../../map/layers.ts';
import { useMapZoom } from '../../map/use-map-zoom.ts';
import { formatAreaM2 } from '../../i18n/format.ts';
import type { Lang } from '../../lib/format.ts';
import { ProjectsLegend } from './ProjectsLegend.tsx';
import { ReachSummary } from '../commute/ReachSummary.tsx';

/** Floor areas of the size key, m²: the parks run from 2.2万 to 80.7万㎡. */
const SIZE_KEY_M2 = [50_000, 200_000, 800_000] as const;
/** The zoom the key is drawn for before the map reports one (about the district view). */
const DEFAULT_ZOOM = 10.5;

/**
 * Circles as large as the map draws parks of these floor areas at the map's current zoom (the parks-circle radius,
 * map/layers.ts), each above its area.
 */
function SizeKey({ lang }: { lang: Lang }) {
  const zoom = useMapZoom() ?? DEFAULT_ZOOM;
  const radii = SIZE_KEY_M2.map((m2) => parkRadiusPx(m2, zoom));
  const box = Math.ceil(2 * Math.max(...radii)) + 2;
  return (
    <ul className="legend-size" style={{ display: 'flex', alignItems: 'flex-end', gap: 12, padding: 0 }}>
      {SIZE_KEY_M2.map((m2, i) => {
        const r = radii[i]!;
        return (
          <li
            key={m2}
            data-area-m2={m2}
            style={{ display: 'flex', flexDirection: 'column', alignItems: 'center', gap: 2 }}
          >
            <svg width={box} height={2 * r + 2} aria-hidden="true">
              <circle
                cx={box / 2}
                cy={r + 1}
                r={r}
                fill="#9a958c"
                fillOpacity={0.35}
                stroke="#6b665e"
                strokeWidth={1}
              />
            </svg>
            <span className="figure">{formatAreaM2(m2, lang, { short: true })}</span>
          </li>
        );
      })}
    </ul>
  );
}

export function Legend() {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const matches = useTransitMatches();
  const anyPossible = [...matches.values()].includes('possible');
  const distance = formatDistanceKm(ROUGH_ACCURACY_M / 1000, lang);
  return (
    // Starts closed at every size: open, it covers eastern Haidian, where four parks and the dense metro are.
    <details className="legend map-panel">
      <summary>{t('legend.title')}</summary>
      <p className="legend-heading">{t('legend.parks')}</p>
      <ul>
        {INDUSTRY_GROUPS.map((g) => (
          <li key={g.id}>
            <span className="swatch-circle" style={{ background: g.colour }} aria-hidden="true" />
            {t(`legend.group.${g.id}`)}
          </li>
        ))}
      </ul>
      <p className="legend-heading">{t('legend.size')}</p>
      <SizeKey lang={lang} />
      <p className="legend-heading">{t('regions.heading')}</p>
      <ul className="legend-placement">
        <li>
          <span className="swatch-park" aria-hidden="true" />
          {t('regions.precise', { distance })}
        </li>
        <li>
          <span className="swatch-park rough" aria-hidden="true" />
          {t('regions.rough', { distance })}
        </li>
        <li>
          <span className="swatch-region" aria-hidden="true" />
          {t('regions.region')}
        </li>
        {anyPossible ? (
          <li>
            <span className="swatch-possible" aria-hidden="true" />
            {t('regions.possible')}
          </li>
        ) : null}
      </ul>
      <ul>
        <li>
          <span className="swatch-line" aria-hidden="true" />
          {t('legend.open')}
        </li>
        <li>
          <span className="swatch-line dashed" aria-hidden="true" />
          {t('legend.building')} / {t('legend.planned')}
        </li>
        <li>
          <span className="swatch-line dashed faded" aria-hidden="true" />
          {t('legend.indicative')}
        </li>
        <li>
          <span className="swatch-station" aria-hidden="true" />
          {t('legend.station')}
        </li>
        <li>
          <span className="swatch-line district" aria-hidden="true" />
          {t('legend.district')}
        </li>
        <li>
          <span className="swatch-line town" aria-hidden="true" />
          {t('legend.town')}
        </li>
      </ul>
      <ReachSummary swatches />
      <ProjectsLegend />
    </details>
  );
}
