/**
 * The first view that index.html carries prerendered (scripts/vite-plugin-prerender.ts renders the app as a link with
 * no parameters opens it). The page shows it before any script has run; main.tsx hydrates it only when the start state
 * would render the same, and renders afresh otherwise. One key says what the first render depends on.
 */
import type { AppState } from './index.ts';
import { selectSearch } from './url-sync.ts';

/**
 * What the first render depends on beyond the data: the language, the state a link can set (an explicit `lang=` of
 * the same language renders the same), the notices, and whether the map can run.
 */
export function firstViewKey(s: AppState, webgl: boolean): string {
  return JSON.stringify({
    lang: s.lang,
    search: selectSearch({ ...s, langChosen: false }),
    notices: s.notices.map((n) => n.key),
    webgl,
  });
}
