/**
 * The metro network (geo/metro-network.json, validated at build time), fetched on first use: the door-to-door times
 * and the reach layer need it; start-up does not (issue 22). A failed fetch rejects and may be tried again.
 */
import networkUrl from '../../geo/metro-network.json?data-url';
import type { MetroNetworkFile } from '../lib/schema.ts';
import { prepareMetro, type PreparedMetro } from '../lib/metro/door-to-door.ts';

/** The network file's URL (the reach worker fetches it too). */
export const METRO_NETWORK_URL = networkUrl;

let loading: Promise<PreparedMetro> | null = null;

/** The network, prepared for door-to-door questions; one fetch per page, retried after a failure. */
export function loadMetro(): Promise<PreparedMetro> {
  loading ??= fetch(networkUrl)
    .then((res) => {
      if (!res.ok) throw new Error(`geo/metro-network.json: HTTP ${res.status}`);
      return res.json() as Promise<MetroNetworkFile>;
    })
    .then(prepareMetro)
    .catch((e: unknown) => {
      loading = null;
      throw e;
    });
  return loading;
}
