/** Filter parks by distance to transit (transit feature). */
export function TransitFilter() {
  return null;
}
