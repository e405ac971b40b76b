/** The nearest-station line on a list card (filled in by the transit feature). */
import type { Park } from '../../lib/parks.ts';

export function ParkTransitLine(_props: { park: Park }) {
  return null;
}
