/**
 * Inside <Map>: the reach layer (issue 22), "30 分钟可达": the cells from which the chosen destination is certainly or
 * possibly within the chosen minutes, in the current scenario; after the plan, the area the planned works add in its
 * own colour. An area: drawn under the town lines and labels, like the placement regions. Nothing while it is off.
 */
import { useMemo } from 'react';
import { Layer, Source } from 'react-map-gl/maplibre';
import { useAppStore } from '../store/index.ts';
import { geojsonToDisplay } from '../lib/crs.ts';
import { FIRST_OVERLAY_LAYER, SRC } from './ids.ts';
import { reachFill } from './layers.ts';
import { useDisplayCrs } from './display-crs.ts';
import { useReach } from './use-reach.ts';

export function ReachMapLayer() {
  const reach = useReach();
  const scenario = useAppStore((s) => s.scenario);
  const crs = useDisplayCrs();
  const data = useMemo(
    () =>
      reach.status === 'ready'
        ? geojsonToDisplay(scenario === 'plan' ? reach.result.plan : reach.result.now, crs)
        : null,
    [reach, scenario, crs],
  );
  if (!data) return null;
  return (
    <Source id={SRC.reach} type="geojson" data={data}>
      <Layer {...reachFill} beforeId={FIRST_OVERLAY_LAYER} />
    </Source>
  );
}
