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
