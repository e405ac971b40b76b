/** Compare tray at the bottom of the sidebar (promotion feature). */
export function CompareTray() {
  return null;
}
