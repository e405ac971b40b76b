/** Plan projects layer, inside <Map> (resident feature). */
export function ProjectsMapLayer() {
  return null;
}
