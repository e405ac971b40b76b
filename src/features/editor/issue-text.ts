/** The site editor's field problems (lib/site-draft.ts DraftIssue) in words. */
import type { TFunction } from '../../i18n/index.ts';
import type { Lang } from '../../lib/format.ts';
import type { DraftIssue } from '../../lib/site-draft.ts';
import '../../i18n/later/editor.ts';

/** One problem as a sentence; a town is named in the reader's language. */
export function issueText(t: TFunction, issue: DraftIssue, lang: Lang): string {
  const v = issue.values ?? {};
  return t(`editor.issue.${issue.code}`, { ...v, town: lang === 'zh' ? v.townZh : v.townEn });
}

/**
 * A WGS-84 position as the editor's strings take it: 6 decimals (about 0.1 m, as in the data file). `lon`, not `lng`:
 * the translator (lib/translate.ts) reads an option named `lng` as the language to translate into.
 */
export const coordText = (p: readonly number[]) => ({ lon: p[0]!.toFixed(6), lat: p[1]!.toFixed(6) });
