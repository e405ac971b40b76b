/** Text normalisation for search in Chinese, English and pinyin. */

/** Lower-case, without spaces, apostrophes, hyphens, middle dots or tone marks. */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s'’\-·•,，.。()（）]/g, '');
}

/**
 * True when the query (already normalised) occurs in any of the haystacks (already normalised).
 * An empty query matches everything.
 */
export function matchesAny(query: string, haystacks: readonly string[]): boolean {
  if (!query) return true;
  return haystacks.some((h) => h.includes(query));
}

/** Toneless readings of Chinese characters (ü written v), by character: 行 → ['xing', 'hang', 'heng']. */
export type CharPinyin = ReadonlyMap<string, readonly string[]>;

/** A CharPinyin from a table of characters by reading, `{ qi: '七其奇旗…' }` (the build's virtual:pinyin-chars). */
export function charPinyinIndex(byReading: Readonly<Record<string, string>>): CharPinyin {
  const index = new Map<string, string[]>();
  for (const [reading, chars] of Object.entries(byReading)) {
    for (const c of chars) {
      const readings = index.get(c);
      if (readings) readings.push(reading);
      else index.set(c, [reading]);
    }
  }
  return index;
}

const HAN = /^\p{Script=Han}$/u;

/** Whether two characters sound alike: equal, or two Chinese characters sharing a toneless reading (其 and 旗). */
function soundsAlike(a: string, b: string, py: CharPinyin): boolean {
  if (a === b) return true;
  const ra = py.get(a);
  const rb = py.get(b);
  return !!ra && !!rb && ra.some((r) => rb.includes(r));
}

/**
 * Where `query` occurs in `haystack` when each Chinese character may stand for a homophone (西二其 and 西儿旗 in
 * 西二旗大街 at 0): the first index, counted in characters, or -1. Both already normalised (normalizeForSearch).
 * Deliberately strict, so a short query does not match everything: the query needs at least two characters, one of
 * them Chinese, and a two-character query must have one of them exactly; characters other than Chinese must be equal.
 */
export function homophoneIndexOf(query: string, haystack: string, py: CharPinyin): number {
  const q = [...query];
  const h = [...haystack];
  if (q.length < 2 || q.length > h.length || !q.some((c) => HAN.test(c))) return -1;
  for (let i = 0; i + q.length <= h.length; i++) {
    let literal = 0;
    let ok = true;
    for (let k = 0; k < q.length && ok; k++) {
      const a = q[k]!;
      const b = h[i + k]!;
      if (a === b) literal++;
      else ok = HAN.test(a) && HAN.test(b) && soundsAlike(a, b, py);
    }
    if (ok && (q.length > 2 || literal > 0)) return i;
  }
  return -1;
}
