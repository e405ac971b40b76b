/** Radius circle and measure tool layers, inside <Map> (transit feature). */
export function TransitMapLayers() {
  return null;
}
