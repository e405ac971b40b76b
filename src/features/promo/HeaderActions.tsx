/** Header actions: share, present, print, export (promotion feature). */
export function HeaderActions() {
  return null;
}
