/**
 * The metro network (geo/metro-network.json, validated at build time) and the door-to-door code, fetched on first use:
 * the door-to-door times and the reach layer need them; start-up does not (issue 22). A failed fetch rejects and may
 * be tried again.
 */
import networkUrl from '../../geo/metro-network.json?data-url';
import type { MetroNetworkFile } from '../lib/schema.ts';
import type { PreparedMetro } from '../lib/metro/door-to-door.ts';

/** The network file's URL (the reach worker fetches it too). */
export const METRO_NETWORK_URL = networkUrl;

/** lib/metro's door-to-door functions, a chunk of their own. */
export type MetroEngine = typeof import('../lib/metro/door-to-door.ts');
export type LoadedMetro = { metro: PreparedMetro; engine: MetroEngine };

let loading: Promise<LoadedMetro> | null = null;

/** The network, prepared for door-to-door questions, with the code that answers them; one fetch per page. */
export function loadMetro(): Promise<LoadedMetro> {
  loading ??= Promise.all([
    fetch(networkUrl).then((res) => {
      if (!res.ok) throw new Error(`geo/metro-network.json: HTTP ${res.status}`);
      return res.json() as Promise<MetroNetworkFile>;
    }),
    import('../lib/metro/door-to-door.ts'),
  ])
    .then(([net, engine]) => ({ metro: engine.prepareMetro(net), engine }))
    .catch((e: unknown) => {
      loading = null;
      throw e;
    });
  return loading;
}
