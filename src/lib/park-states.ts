/**
 * The parks' map flags, kept as MapLibre feature-state on the parks source (map/use-park-states.ts) instead of in the
 * layers' filters: changing a layer filter makes the map lay out every tile of the source again in its worker, while a
 * feature-state change only rewrites the paint values of the features that changed (issue 15).
 *
 * - `out`: filtered out (not drawn — radius 0, so it costs the GPU nothing — or drawn faint in the "dim" mode);
 * - `possible`: only possibly within the transit filter's distance (drawn fainter).
 */
export const PARK_FLAGS = ['out', 'possible'] as const;
export type ParkFlag = (typeof PARK_FLAGS)[number];

/** For each flag, the ids of the parks that carry it. */
export type ParkFlagSets = Readonly<Record<ParkFlag, ReadonlySet<string>>>;

/** A park's feature-state update: only the flags that change. */
export type ParkFlagUpdate = Partial<Record<ParkFlag, boolean>>;

/** The parks in `allIds` that are not in `visibleIds`: the filtered-out ones. */
export function outIds(allIds: readonly string[], visibleIds: readonly string[]): ReadonlySet<string> {
  const visible = new Set(visibleIds);
  return new Set(allIds.filter((id) => !visible.has(id)));
}

/**
 * The feature-state updates that turn the flags `prev` into `next`, per park id, with only the flags that change.
 * `prev` null means nothing is set yet (a fresh source): every flag that is on. A flag whose set is the same object in
 * both is skipped without looking inside.
 */
export function flagChanges(prev: ParkFlagSets | null, next: ParkFlagSets): Map<string, ParkFlagUpdate> {
  const out = new Map<string, ParkFlagUpdate>();
  const put = (id: string, flag: ParkFlag, on: boolean) => {
    const u = out.get(id);
    if (u) u[flag] = on;
    else out.set(id, { [flag]: on });
  };
  for (const flag of PARK_FLAGS) {
    const before = prev?.[flag];
    const after = next[flag];
    if (before === after) continue;
    for (const id of after) if (!before?.has(id)) put(id, flag, true);
    if (before) for (const id of before) if (!after.has(id)) put(id, flag, false);
  }
  return out;
}
