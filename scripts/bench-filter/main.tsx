// Benchmark page for `npm run bench` (issues 4 and 15): 10,000 synthetic parks inside Haidian, the app's own
// filterParks(), a list and the app's park layers (circle, selected and hover rings, names). Measures, in the
// page, the time from a filter change to the list committed and to the map idle with the new filter, and the time of
// one forced redraw of the same map (triggerRepaint → idle), interleaved with the changes.
// Park names are left out unless `__benchLabels` (their layout dominates with 10,000 of them). `__benchMode`: 'state' (default) is the app's way (src/map/MapPane.tsx): circles and rings by feature-state
// (lib/park-states.ts), names from a source of their own with a layer filter. 'filter' is the way before issue 15:
// one source, the circles and the names both filtered by a layer filter of the visible ids.
import { useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
// The app lays its list out in flow (the plan's 18 parks); 10,000 rows in flow would make this a benchmark of the
// list, so the list here is virtualised and the map's cost is what is measured.
import { useVirtualizer } from '@tanstack/react-virtual';
import { Map as MLMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { EMPTY_FILTERS, filterParks, sortParks, type Filters } from '../../src/lib/filters.ts';
import { idFilter, parkOpacity, unlessOut, visibleFilter } from '../../src/map/expressions.ts';
import { parkCircleRadius, parksCircle, parksHover, parksLabel, parksSelected } from '../../src/map/layers.ts';
import { flagChanges, outIds, type ParkFlagSets } from '../../src/lib/park-states.ts';
import type { Park } from '../../src/lib/parks.ts';

type Input = { ring: [number, number][]; industries: string[]; towns: { zh: string; en: string }[]; n: number };
const input = (window as unknown as { __benchInput: Input }).__benchInput;

function inside([x, y]: [number, number], ring: [number, number][]): boolean {
  let ok = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) ok = !ok;
  }
  return ok;
}

/** A number in Chinese digits (〇 is not drawn locally, 零 is): the names need no glyph files, only the browser's font. */
const zhNumber = (n: number) => [...String(n)].map((d) => '零一二三四五六七八九'[Number(d)]).join('');

let seed = 42;
const rand = () => (seed = (seed * 1664525 + 1013904223) % 4294967296) / 4294967296;
const xs = input.ring.map((p) => p[0]);
const ys = input.ring.map((p) => p[1]);
const parks: Park[] = [];
while (parks.length < input.n) {
  const pt: [number, number] = [
    Math.min(...xs) + rand() * (Math.max(...xs) - Math.min(...xs)),
    Math.min(...ys) + rand() * (Math.max(...ys) - Math.min(...ys)),
  ];
  if (!inside(pt, input.ring)) continue;
  const i = parks.length;
  const floor = Math.round(10000 + rand() * 800000);
  const town = input.towns[i % input.towns.length]!;
  const ind = input.industries;
  parks.push({
    id: `p-${i}`,
    seq: 1 + (i % 18),
    name: { zh: `园区${zhNumber(i)}`, en: `Park ${i}` },
    location: { zh: `地点${i}`, en: `Place ${i}` },
    town: { ...town, basis: 'location' },
    floorAreaM2: floor,
    aboveGroundAreaM2: rand() < 0.1 ? null : Math.round(floor * 0.6),
    positioning: { zh: '人工智能', en: 'AI' },
    industries: [ind[i % ind.length]!, ind[(i * 7) % ind.length]!],
    geocode: {
      precision: 'area',
      basis: { zh: '基准测试用的合成点位', en: 'synthetic benchmark point' },
      accuracyM: 1500,
    },
    coordinates: pt,
    region: { center: pt, radiusKm: 1.5, rings: null },
  });
}

const changes: Filters[] = [];
for (let k = 0; k < 40; k++) {
  const ind = input.industries;
  changes.push(
    k % 4 === 0
      ? { ...EMPTY_FILTERS, industries: [ind[k % ind.length]!] }
      : k % 4 === 1
        ? { ...EMPTY_FILTERS, minM2: 100000 + ((k * 10000) % 400000) }
        : k % 4 === 2
          ? { ...EMPTY_FILTERS, industries: [ind[(k + 3) % ind.length]!, ind[(k + 5) % ind.length]!], maxM2: 500000 }
          : EMPTY_FILTERS,
  );
}

let setList: (p: Park[]) => void = () => {};
function List() {
  const [items, setItems] = useState<Park[]>(() => sortParks(parks, 'seq', 'en'));
  setList = setItems;
  const ref = useRef<HTMLDivElement>(null);
  const v = useVirtualizer({
    count: items.length,
    getScrollElement: () => ref.current,
    estimateSize: () => 112,
    overscan: 6,
  });
  return (
    <div ref={ref} style={{ height: '100%', overflow: 'auto' }}>
      <div style={{ height: v.getTotalSize(), position: 'relative' }}>
        {v.getVirtualItems().map((row) => {
          const p = items[row.index]!;
          return (
            <div
              key={p.id}
              data-index={row.index}
              ref={v.measureElement}
              style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${row.start}px)` }}
            >
              <button type="button" style={{ width: '100%', height: 104, textAlign: 'left' }}>
                {p.name.en} · {p.town.en} · {p.floorAreaM2} m² · {p.industries.join(', ')}
              </button>
            </div>
          );
        })}
      </div>
    </div>
  );
}

createRoot(document.getElementById('list')!).render(<List />);
setWorkerUrl(workerUrl);
const mode = (window as unknown as { __benchMode?: string }).__benchMode === 'filter' ? 'filter' : 'state';
// Park names only with `__benchLabels`: laying out 10,000 names takes seconds per change under SwiftShader either way.
const withLabels = Boolean((window as unknown as { __benchLabels?: boolean }).__benchLabels);
const allIds = parks.map((p) => p.id);
const data = {
  type: 'FeatureCollection' as const,
  features: parks.map((p, i) => ({
    type: 'Feature' as const,
    properties: {
      id: p.id,
      name_zh: p.name.zh,
      floor: p.floorAreaM2,
      colour: ['#0072B2', '#009E73', '#D55E00', '#CC79A7'][i % 4]!,
      rough: i % 5 === 0,
    },
    geometry: { type: 'Point' as const, coordinates: p.coordinates },
  })),
};
const POSSIBLE = 0.6;
const label = { ...parksLabel, layout: { ...parksLabel.layout, 'text-field': ['get', 'name_zh'] as never } };
const none = idFilter([]);
const map = new MLMap({
  container: 'map',
  fadeDuration: 0,
  bounds: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)],
  style: {
    version: 8,
    // Only Chinese names: drawn from the browser's fonts (localIdeographFontFamily), no glyph file is requested.
    glyphs: `${location.origin}/glyphs/{fontstack}/{range}.pbf`,
    sources:
      mode === 'state'
        ? {
            parks: { type: 'geojson', promoteId: 'id', data },
            'park-labels': { type: 'geojson', data },
            focus: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
          }
        : { parks: { type: 'geojson', data } },
    layers: [
      { id: 'bg', type: 'background', paint: { 'background-color': '#f5f3ef' } },
      mode === 'state'
        ? {
            ...parksCircle,
            source: 'parks',
            paint: {
              ...parksCircle.paint,
              'circle-opacity': parkOpacity(parksCircle.paint['circle-opacity'], { outOpacity: 0, possible: POSSIBLE }),
              'circle-stroke-opacity': parkOpacity(1, { outOpacity: 0, possible: POSSIBLE }),
              'circle-radius': parkCircleRadius(unlessOut),
              'circle-stroke-width': ['*', unlessOut, parksCircle.paint['circle-stroke-width']] as never,
            },
          }
        : { ...parksCircle, source: 'parks' },
      // The rings: in the app from a source of just the selected and hovered parks (empty here); before, filtered.
      mode === 'state' ? { ...parksSelected, source: 'focus' } : { ...parksSelected, source: 'parks', filter: none },
      mode === 'state' ? { ...parksHover, source: 'focus' } : { ...parksHover, source: 'parks', filter: none },
      ...(withLabels ? [{ ...label, source: mode === 'state' ? 'park-labels' : 'parks' }] : []),
    ],
  },
});

(window as unknown as { __benchMap: unknown }).__benchMap = map;
const idle = () => new Promise<void>((r) => map.once('idle', () => r()));
const EMPTY = new Set<string>();
let applied: ParkFlagSets | null = null;
map.once('idle', async () => {
  const list: number[] = [];
  const mapT: number[] = [];
  const total: number[] = [];
  const redraw: number[] = [];
  for (const f of changes) {
    // One forced redraw of the map as it is, for scale.
    const r0 = performance.now();
    const redrawn = idle();
    map.triggerRepaint();
    await redrawn;
    redraw.push(performance.now() - r0);

    const t0 = performance.now();
    const visible = sortParks(filterParks(parks, f), 'seq', 'en');
    flushSync(() => setList(visible));
    const t1 = performance.now();
    const done = idle();
    const ids = visible.map((p) => p.id);
    if (mode === 'state') {
      const out = outIds(allIds, ids);
      const next: ParkFlagSets = { out, possible: EMPTY };
      for (const [id, state] of flagChanges(applied, next)) map.setFeatureState({ source: 'parks', id }, state);
      applied = next;
      if (withLabels) map.setFilter(parksLabel.id, visibleFilter(ids, out));
    } else {
      const filter = idFilter(ids);
      map.setFilter(parksCircle.id, filter);
      if (withLabels) map.setFilter(parksLabel.id, filter);
    }
    await done;
    const t2 = performance.now();
    (window as unknown as { __benchDone: number }).__benchDone = list.length + 1;
    list.push(t1 - t0);
    mapT.push(t2 - t0);
    total.push(Math.max(t1, t2) - t0);
  }
  (window as unknown as { __benchResult: unknown }).__benchResult = {
    list,
    map: mapT,
    total,
    redraw,
    n: parks.length,
    mode,
  };
});
