/** A park placement as staff would give it after a site visit: shared by the patch and data:apply tests. */
import type { Geocode } from '../../src/lib/schema.ts';

export const SURVEYED: Geocode = {
  precision: 'address',
  basis: {
    zh: '在现场按门牌核对的园区主入口位置,2026年5月由区投资促进中心工作人员核实。',
    en: 'The main gate of the park, checked on site against the door number by district investment-promotion staff in May 2026.',
  },
  accuracyM: 150,
  source: 'site visit, 2026-05-01',
};
