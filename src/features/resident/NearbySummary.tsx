/** Plain summary of what is near the chosen place (resident feature). */
export function NearbySummary() {
  return null;
}
