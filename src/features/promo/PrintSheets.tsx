/** Print-only sheets (promotion feature). */
export function PrintSheets() {
  return null;
}
