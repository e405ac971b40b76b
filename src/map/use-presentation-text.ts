/**
 * Map text big enough for a projector: while presenting, every label's text size is scaled up (to at least
 * PRESENT_MIN_TEXT_PX at every zoom), and put back when the presentation ends.
 */
import { useEffect } from 'react';
import { useMap } from 'react-map-gl/maplibre';
import type { DataDrivenPropertyValueSpecification } from 'maplibre-gl';
import { useAppStore } from '../store/index.ts';

/** A projector at 1280 × 720 seen from the back of a room: no map label smaller than this, px. */
export const PRESENT_MIN_TEXT_PX = 16;
const FACTOR = 1.5;

type TextSize = DataDrivenPropertyValueSpecification<number>;

/**
 * `size` scaled by `factor`, never below `minPx`: a number, or the outputs of a zoom `interpolate`/`step`
 * (MapLibre allows no arithmetic around a zoom expression, so each stop is scaled). Anything else is left as it is.
 */
export function scaledTextSize(size: TextSize | undefined, factor: number, minPx: number): TextSize | undefined {
  const scale = (v: unknown) => (typeof v === 'number' ? Math.max(minPx, Math.round(v * factor * 10) / 10) : v);
  if (typeof size === 'number') return scale(size) as number;
  if (!Array.isArray(size)) return size;
  const [op] = size;
  if (op === 'interpolate')
    return size.map((v, i) => (i >= 3 && (i - 3) % 2 === 1 ? scale(v) : v)) as unknown as TextSize;
  if (op === 'step') return size.map((v, i) => (i >= 2 && i % 2 === 0 ? scale(v) : v)) as unknown as TextSize;
  return size;
}

export function usePresentationText(): void {
  const { current } = useMap();
  const presenting = useAppStore((s) => s.presenting);
  useEffect(() => {
    const map = current?.getMap?.();
    if (!map || !presenting) return;
    const originals = new Map<string, TextSize | undefined>();
    for (const layer of map.getStyle()?.layers ?? []) {
      if (layer.type !== 'symbol') continue;
      const size = map.getLayoutProperty(layer.id, 'text-size') as TextSize | undefined;
      const scaled = scaledTextSize(size ?? 16, FACTOR, PRESENT_MIN_TEXT_PX);
      if (scaled === size) continue;
      originals.set(layer.id, size);
      map.setLayoutProperty(layer.id, 'text-size', scaled);
    }
    return () => {
      for (const [id, size] of originals) if (map.getLayer(id)) map.setLayoutProperty(id, 'text-size', size);
    };
  }, [current, presenting]);
}
