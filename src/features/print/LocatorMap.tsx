/**
 * A small vector map for a print sheet: the district outline, town borders, every park as a grey dot and the given
 * parks highlighted. Drawn from geo/ as SVG, so it prints crisply with no WebGL.
 */
import { BOUNDARY, DISTRICT_BBOX, PARKS, TOWNS } from '../../data/index.ts';
import { fitProjection, ringsToSvgPath, type Projector } from '../../lib/export.ts';

const W = 260;
const H = 220;

type Geometry = { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] };
const ringsOf = (g: Geometry) => (g.type === 'Polygon' ? g.coordinates : g.coordinates.flat());

let cache: { project: Projector; district: string; towns: string } | null = null;
function paths() {
  if (!cache) {
    const project = fitProjection(DISTRICT_BBOX, W, H, 6);
    cache = {
      project,
      district: ringsToSvgPath(
        BOUNDARY.features.flatMap((f) => ringsOf(f.geometry as Geometry)),
        project,
      ),
      towns: ringsToSvgPath(
        TOWNS.features.flatMap((f) => ringsOf(f.geometry as Geometry)),
        project,
      ),
    };
  }
  return cache;
}

export function LocatorMap({
  highlight,
  label,
  numbered = false,
}: {
  highlight: readonly string[];
  label: string;
  numbered?: boolean;
}) {
  const { project, district, towns } = paths();
  return (
    <svg className="locator" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
      <path d={towns} fill="none" stroke="#9a958c" strokeWidth="0.6" strokeDasharray="2 2" />
      <path d={district} fill="#f5f3ef" fillOpacity="0.4" stroke="#1f1d1a" strokeWidth="1.4" />
      {PARKS.filter((p) => !highlight.includes(p.id)).map((p) => {
        const [x, y] = project(p.coordinates);
        return <circle key={p.id} cx={x} cy={y} r="2.2" fill="#8a857c" />;
      })}
      {highlight.map((id, i) => {
        const p = PARKS.find((q) => q.id === id);
        if (!p) return null;
        const [x, y] = project(p.coordinates);
        return (
          <g key={id}>
            <circle cx={x} cy={y} r={numbered ? 6 : 5} fill="#0063a0" stroke="#fff" strokeWidth="1.5" />
            {numbered ? (
              <text x={x} y={y + 3} textAnchor="middle" fontSize="8" fontWeight="700" fill="#fff">
                {i + 1}
              </text>
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}
