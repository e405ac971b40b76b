/** Side-by-side comparison (promotion feature). */
export function CompareView() {
  return null;
}
