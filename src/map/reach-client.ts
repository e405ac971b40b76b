/**
 * The reach worker's client (issue 22): one worker for the page, answers kept per destination, direction and minutes.
 * Loaded by use-reach.ts with the first question, so neither it nor the worker is part of start-up.
 */
import { BOUNDARY } from '../data/index.ts';
import { METRO_NETWORK_URL } from '../data/metro.ts';
import { outerRings } from '../lib/region.ts';
import type { ReachRequest, ReachResponse } from '../workers/reach.worker.ts';

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, (r: ReachResponse) => void>();
const answers = new Map<string, Promise<ReachResponse>>();

export function ask(req: Omit<ReachRequest, 'id' | 'networkUrl' | 'rings'>): Promise<ReachResponse> {
  const key = `${req.destination.kind}:${req.destination.id}|${req.direction}|${req.minutes}`;
  let answer = answers.get(key);
  if (answer) return answer;
  if (!worker) {
    worker = new Worker(new URL('../workers/reach.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<ReachResponse>) => {
      pending.get(e.data.id)?.(e.data);
      pending.delete(e.data.id);
    };
  }
  const id = nextId++;
  const rings = BOUNDARY.features.flatMap((f) => outerRings(f.geometry).map((r) => r.map((p) => [p[0]!, p[1]!])));
  answer = new Promise<ReachResponse>((resolve) => pending.set(id, resolve));
  answer.then(
    (r) => !r.ok && answers.delete(key),
    () => answers.delete(key),
  );
  answers.set(key, answer);
  worker.postMessage({ ...req, id, networkUrl: METRO_NETWORK_URL, rings } satisfies ReachRequest);
  return answer;
}
