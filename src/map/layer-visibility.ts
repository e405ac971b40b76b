/**
 * Layer toggles, one mechanism for every layer: the store's `hiddenLayers` → `setLayoutProperty(…, 'visibility', …)`
 * on the map layers LAYER_MEMBERS names, whether they come from the basemap style or from the app's <Layer>s. Neither
 * the style nor any <Layer> sets a visibility, so a toggle never rebuilds the style.
 *
 * The hook applies the visibilities when `hiddenLayers` changes and on every `styledata` event: MapLibre fires it
 * from the frame's style update, before drawing, whenever a layer was added (a <Layer> mounting late, the layers
 * re-added after a style change), so a hidden layer never shows for a frame.
 */
import { useEffect } from 'react';
import { useMap } from 'react-map-gl/maplibre';
import type { LayerId } from '../lib/domain.ts';
import { useAppStore } from '../store/index.ts';
import { LAYER_MEMBERS } from './ids.ts';

type Visibility = 'visible' | 'none';

/**
 * The layout changes that make the map match `hidden`: one `[layerId, visibility]` per member layer that exists
 * (`has`) and shows otherwise (`current`: MapLibre reports undefined for the default, visible).
 */
export function visibilityChanges(
  hidden: readonly LayerId[],
  has: (id: string) => boolean,
  current: (id: string) => Visibility | undefined,
): [string, Visibility][] {
  const out: [string, Visibility][] = [];
  for (const [toggle, ids] of Object.entries(LAYER_MEMBERS) as [LayerId, readonly string[]][]) {
    const want: Visibility = hidden.includes(toggle) ? 'none' : 'visible';
    for (const id of ids) if (has(id) && (current(id) ?? 'visible') !== want) out.push([id, want]);
  }
  return out;
}

/** Keeps the map's layer visibility in step with the store (used once, inside <Map>). */
export function useLayerVisibility(): void {
  const { current } = useMap();
  const hidden = useAppStore((s) => s.hiddenLayers);
  useEffect(() => {
    const map = current?.getMap?.();
    if (!map) return;
    const apply = () => {
      const changes = visibilityChanges(
        hidden,
        (id) => map.getLayer(id) !== undefined,
        (id) => map.getLayoutProperty(id, 'visibility') as Visibility | undefined,
      );
      for (const [id, v] of changes) map.setLayoutProperty(id, 'visibility', v);
    };
    apply();
    map.on('styledata', apply);
    return () => {
      map.off('styledata', apply);
    };
  }, [current, hidden]);
}
