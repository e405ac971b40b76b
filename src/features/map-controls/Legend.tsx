/**
 * The collapsible legend: industry groups (colour + name), how precisely parks are placed (disc, ring, placement
 * region, the "possibly within" ring while the map shows one), line styles by status, stations, boundaries.
 */
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/index.ts';
import { useTransitMatches } from '../../store/hooks.ts';
import { INDUSTRY_GROUPS } from '../../lib/industry-groups.ts';
import { formatDistanceKm } from '../../i18n/format.ts';
import { ROUGH_ACCURACY_M } from '../../map/placement.ts';
import { ProjectsLegend } from './ProjectsLegend.tsx';

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
      <ProjectsLegend />
    </details>
  );
}
