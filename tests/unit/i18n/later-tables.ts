/** The string tables that join the translator with the code of a feature loaded on first use (src/i18n/later). */
import { editorLater } from '../../../src/i18n/later/editor.ts';
import { exportingLater } from '../../../src/i18n/later/export.ts';
import { compareLater } from '../../../src/i18n/later/compare.ts';
import { nearbyLater } from '../../../src/i18n/later/nearby.ts';
import { shareLater } from '../../../src/i18n/later/share.ts';
import { presentLater } from '../../../src/i18n/later/present.ts';
import { basemapLater } from '../../../src/i18n/later/basemap.ts';
import { commuteLater } from '../../../src/i18n/later/commute.ts';

type Tables = { zh: Record<string, unknown>; en: Record<string, unknown> };

/** Each module's file name in src/i18n/later, its namespace and its tables. */
export const LATER: { file: string; namespace: string; table: Tables }[] = [
  { file: 'editor', namespace: 'editor', table: editorLater },
  { file: 'export', namespace: 'export', table: exportingLater },
  { file: 'compare', namespace: 'compare', table: compareLater },
  { file: 'nearby', namespace: 'nearby', table: nearbyLater },
  { file: 'share', namespace: 'share', table: shareLater },
  { file: 'present', namespace: 'present', table: presentLater },
  { file: 'basemap', namespace: 'basemap', table: basemapLater },
  { file: 'commute', namespace: 'commute', table: commuteLater },
];
