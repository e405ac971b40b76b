/** Radius query results in the sidebar (transit feature). */
export function RadiusPanel() {
  return null;
}
