/** The words of the CSV export (lib/export.ts CsvText): header labels in the reader's language, placement in words. */
import type { TFunction } from '../../i18n/index.ts';
import { CSV_COLUMNS, type CsvColumn, type CsvText } from '../../lib/export.ts';
import type { Lang } from '../../lib/format.ts';
import { csvText } from '../../i18n/format.ts';
import { placementText } from '../common/shortlist.ts';
import '../../i18n/later/export.ts';

/**
 * The CSV's words for a reader of `lang`: every header labelled in that language ("园区名称 · 中文 (name_zh)" /
 * "Park name · Chinese (name_zh)"), and each park's placement in words in both languages ("仅定位到镇街（温泉镇），
 * 误差约 6.5 公里" / "Placed at town level (Wenquan Town), within about 6.5 km"). `t` translates per language
 * (i18n.getFixedT), as the rows carry both languages whatever the reader's.
 */
export function csvTextFor(lang: Lang, t: Record<Lang, TFunction>): CsvText {
  const headers = Object.fromEntries(CSV_COLUMNS.map((key) => [key, t[lang](`export.columns.${key}`)])) as Record<
    CsvColumn,
    string
  >;
  return {
    ...csvText(),
    headers,
    placement: (park) => ({ zh: placementText(t.zh, park, 'zh'), en: placementText(t.en, park, 'en') }),
  };
}
