/** Small list helpers shared by the store slices. */

/** A copy of `list` with `value` removed if present, else appended (order kept). */
export function toggleIn<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((x) => x !== value) : [...list, value];
}
