// Benchmark page for `npm run bench` (issue 4): 10,000 synthetic parks inside Haidian, the app's own filterParks()
// and map id filter, a virtualised list and a MapLibre circle layer. Measures, in the page, the time from a filter
// change to the list committed and to the map idle with the new filter.
import { useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { useVirtualizer } from '@tanstack/react-virtual';
import { Map as MLMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { EMPTY_FILTERS, filterParks, sortParks, type Filters } from '../../src/lib/filters.ts';
import { idFilter } from '../../src/map/expressions.ts';
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
    name: { zh: `园区${i}`, en: `Park ${i}` },
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
const map = new MLMap({
  container: 'map',
  fadeDuration: 0,
  bounds: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)],
  style: {
    version: 8,
    sources: {
      parks: {
        type: 'geojson',
        promoteId: 'id',
        data: {
          type: 'FeatureCollection',
          features: parks.map((p) => ({
            type: 'Feature',
            properties: { id: p.id, floor: p.floorAreaM2 },
            geometry: { type: 'Point', coordinates: p.coordinates },
          })),
        },
      },
    },
    layers: [
      { id: 'bg', type: 'background', paint: { 'background-color': '#f5f3ef' } },
      {
        id: 'parks-circle',
        type: 'circle',
        source: 'parks',
        paint: {
          'circle-radius': 3,
          'circle-color': '#0072B2',
          'circle-opacity': ['case', ['boolean', ['feature-state', 'hidden'], false], 0, 1],
        },
      },
    ],
  },
});

const idle = () => new Promise<void>((r) => map.once('idle', () => r()));
const hiddenNow = new Set<string>();
map.once('idle', async () => {
  const list: number[] = [];
  const mapT: number[] = [];
  const total: number[] = [];
  for (const f of changes) {
    const t0 = performance.now();
    const visible = sortParks(filterParks(parks, f), 'seq', 'en');
    flushSync(() => setList(visible));
    const t1 = performance.now();
    const done = idle();
    const mode = (window as unknown as { __benchMode?: string }).__benchMode;
    if (mode === 'state') {
      const show = new Set(visible.map((p) => p.id));
      for (const p of parks) {
        const hidden = !show.has(p.id);
        if (hiddenNow.has(p.id) !== hidden) {
          map.setFeatureState({ source: 'parks', id: p.id }, { hidden });
          if (hidden) hiddenNow.add(p.id);
          else hiddenNow.delete(p.id);
        }
      }
    } else map.setFilter('parks-circle', idFilter(visible.map((p) => p.id)));
    await done;
    const t2 = performance.now();
    list.push(t1 - t0);
    mapT.push(t2 - t0);
    total.push(Math.max(t1, t2) - t0);
  }
  (window as unknown as { __benchResult: unknown }).__benchResult = { list, map: mapT, total, n: parks.length };
});
