/** The transit block of the park card (filled in by the transit feature). */
import type { Park } from '../../lib/parks.ts';

export function ParkTransitBlock(_props: { park: Park }) {
  return null;
}
