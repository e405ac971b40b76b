/**
 * The reach layer's figures (issue 22): asks the reach worker (src/workers/reach.worker.ts) for the cells from which
 * the chosen destination is certainly or possibly within N minutes, now and after the plan. One worker for the page,
 * answers kept per destination, direction and minutes, so the map and the panel share one computation.
 */
import { useEffect, useState } from 'react';
import { useAppStore } from '../store/index.ts';
import { useDestination } from '../store/commute-hooks.ts';
import type { ReachRequest, ReachResponse } from '../workers/reach.worker.ts';

export type ReachResult = Extract<ReachResponse, { ok: true }>;
export type ReachState =
  { status: 'off' } | { status: 'waiting' } | { status: 'failed' } | { status: 'ready'; result: ReachResult };

/** The worker's client, loaded with the first question (the worker is a chunk of its own, started then). */
let client: Promise<typeof import('./reach-client.ts')> | null = null;
function ask(req: Omit<ReachRequest, 'id' | 'networkUrl' | 'rings'>): Promise<ReachResponse> {
  client ??= import('./reach-client.ts');
  return client.then((c) => c.ask(req));
}

/** The reach of the chosen destination at the chosen minutes, or why there is none yet. */
export function useReach(): ReachState {
  const minutes = useAppStore((s) => s.reachMin);
  const from = useAppStore((s) => s.commuteFrom);
  const resolved = useDestination();
  const [state, setState] = useState<{ key: string; value: ReachState } | null>(null);
  const destination = resolved?.destination ?? null;
  const key =
    minutes !== null && destination ? `${destination.kind}:${destination.id}|${from ? 'from' : 'to'}|${minutes}` : null;
  useEffect(() => {
    if (key === null || !destination || minutes === null || typeof Worker === 'undefined') return;
    let live = true;
    void ask({ destination, direction: from ? 'from' : 'to', minutes }).then((r) => {
      if (live) setState({ key, value: r.ok ? { status: 'ready', result: r } : { status: 'failed' } });
    });
    return () => {
      live = false;
    };
  }, [key, destination, from, minutes]);
  if (key === null) return { status: 'off' };
  return state?.key === key ? state.value : { status: 'waiting' };
}
