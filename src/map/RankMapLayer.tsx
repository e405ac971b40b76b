/**
 * Inside <Map>, while the ranking is open with "show ranks on the map" (`rmap=1`; issue 23; loaded then): a ring in
 * the colour of its lower tier around each ranked park and its rank range and tier above it ("#1–#3 · 高"), in the current
 * scenario. Drawn over the parks, under nothing.
 */
import { useMemo } from 'react';
import { useTranslation } from '../i18n/react.ts';
import '../i18n/ranking.ts';
import { Layer, Source } from 'react-map-gl/maplibre';
import type { FeatureCollection, Point } from 'geojson';
import { useRanking } from '../store/rank-hooks.ts';
import { geojsonToDisplay } from '../lib/crs.ts';
import { SRC } from './ids.ts';
import { RANK_TIER_COLOUR, rankLabel, rankRing } from './layers.ts';
import { useDisplayCrs } from './display-crs.ts';

export function RankMapLayer() {
  const { t } = useTranslation();
  const { current } = useRanking();
  const crs = useDisplayCrs();
  const data = useMemo(() => {
    const fc: FeatureCollection<Point> = {
      type: 'FeatureCollection',
      features: current.rows.map((row) => {
        const rank =
          row.rank.best === row.rank.worst ? t('ranking.rankShort', row.rank) : t('ranking.rankShortRange', row.rank);
        return {
          type: 'Feature',
          id: row.park.id,
          geometry: { type: 'Point', coordinates: [...row.park.coordinates] },
          properties: {
            floor: row.park.floorAreaM2,
            label: `${rank} · ${
              row.tier.low === row.tier.high
                ? t(`ranking.tiers.${row.tier.low}`)
                : t('ranking.tierRange', {
                    low: t(`ranking.tiers.${row.tier.low}`),
                    high: t(`ranking.tiers.${row.tier.high}`),
                  })
            }`,
            tierColour: RANK_TIER_COLOUR[row.tier.low],
          },
        };
      }),
    };
    return geojsonToDisplay(fc, crs);
  }, [current, crs, t]);
  return (
    <Source id={SRC.rank} type="geojson" data={data}>
      <Layer {...rankRing} />
      <Layer {...rankLabel} />
    </Source>
  );
}
