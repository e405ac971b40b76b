/**
 * The reach layer's worker (issue 22): cells of about 250 m over Haidian, each with its door-to-door interval to (or
 * from) a destination now and after the plan, from one search per bound (lib/metro/reach.ts), so input never waits on
 * it. A thin wrapper: the network is fetched once, the grid built once, the cells' times kept per destination, so a
 * change of minutes is answered from them at once.
 */
import { prepareMetro, type Destination, type PreparedMetro, type TripDirection } from '../lib/metro/door-to-door.ts';
import {
  areaKm2,
  cellTimes,
  reachFeatures,
  reachGrid,
  reachStates,
  type CellTimes,
  type ReachGrid,
} from '../lib/metro/reach.ts';
import type { Ring } from '../lib/interval.ts';
import type { MetroNetworkFile } from '../lib/schema.ts';

export type ReachRequest = {
  id: number;
  networkUrl: string;
  rings: Ring[];
  destination: Destination;
  direction: TripDirection;
  minutes: number;
};
export type ReachResponse =
  | {
      id: number;
      ok: true;
      now: ReturnType<typeof reachFeatures>;
      plan: ReturnType<typeof reachFeatures>;
      areas: {
        nowCertain: number;
        nowPossible: number;
        planCertain: number;
        planPossible: number;
        addedCertain: number;
      };
    }
  | { id: number; ok: false; error: string };

let metro: Promise<PreparedMetro> | null = null;
let grid: ReachGrid | null = null;
const times = new Map<string, { now: CellTimes; plan: CellTimes }>();

self.onmessage = async (e: MessageEvent<ReachRequest>) => {
  const req = e.data;
  try {
    metro ??= fetch(req.networkUrl)
      .then((r) => r.json() as Promise<MetroNetworkFile>)
      .then(prepareMetro);
    const m = await metro;
    grid ??= reachGrid(req.rings);
    const key = `${req.destination.kind}:${req.destination.id}|${req.direction}`;
    let t = times.get(key);
    if (!t) {
      t = {
        now: cellTimes(grid, m, req.destination, 'now', req.direction),
        plan: cellTimes(grid, m, req.destination, 'plan', req.direction),
      };
      times.set(key, t);
    }
    const now = reachStates(t.now, req.minutes);
    const plan = reachStates(t.plan, req.minutes);
    let added = 0;
    for (let c = 0; c < plan.length; c++) if (plan[c] === 2 && now[c]! < 2) added += 1;
    const response: ReachResponse = {
      id: req.id,
      ok: true,
      now: reachFeatures(grid, now),
      plan: reachFeatures(grid, plan, now),
      areas: {
        nowCertain: areaKm2(grid, now, 2),
        nowPossible: areaKm2(grid, now, 1),
        planCertain: areaKm2(grid, plan, 2),
        planPossible: areaKm2(grid, plan, 1),
        addedCertain: added * grid.cellKm * grid.cellKm,
      },
    };
    self.postMessage(response);
  } catch (error) {
    metro = null;
    self.postMessage({ id: req.id, ok: false, error: String(error) } satisfies ReachResponse);
  }
};
