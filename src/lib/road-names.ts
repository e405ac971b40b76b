/**
 * Short English road names for the map's labels: "North 6th Ring Road" → "N 6th Ring", "Beijing–Tibet Expressway
 * (Badaling Expressway)" → "Beijing–Tibet Expy". A label along a road must fit along one of its segments; the full
 * English names are often too long to fit at the district view, where the Chinese ones (北六环路) are short. The
 * full name stays everywhere else (search, cards). Abbreviations as on road signs and maps: N/S/E/W, Rd, St, Expy; a ring road is its ring.
 */
const WORDS: Readonly<Record<string, string>> = {
  North: 'N',
  South: 'S',
  East: 'E',
  West: 'W',
  Road: 'Rd',
  Street: 'St',
  Avenue: 'Ave',
  Expressway: 'Expy',
};

/** The short form of an English road name, or the name itself when nothing shortens it. */
export function shortRoadNameEn(name: string): string {
  const short = name
    .replace(/\s*\([^)]*\)\s*$/, '')
    // A ring road is known by its ring: "N 6th Ring", as Beijing's signs and maps write it.
    .replace(/\b(Ring) Road$/, '$1')
    .split(/\s+/)
    .map((w) => WORDS[w] ?? w)
    .join(' ')
    .trim();
  return short || name;
}
