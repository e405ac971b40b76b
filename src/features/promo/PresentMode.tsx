/** Full-screen presentation overlay (promotion feature). */
export function PresentMode() {
  return null;
}
