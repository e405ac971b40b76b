/**
 * Industry groups and their colours. One colour per group, from the Okabe–Ito colour-blind-safe palette;
 * a park is coloured by the group of its main (first) industry. Colour never stands alone: chips carry the name, and
 * the legend names each group from the string tables (`legend.group.<id>` in src/i18n).
 */
export const INDUSTRY_GROUPS = [
  { id: 'ai', colour: '#0072B2', members: ['ai'] },
  {
    id: 'chips-it',
    colour: '#E69F00',
    members: ['ic', 'next-gen-it', 'cybersecurity', 'quantum', 'big-data'],
  },
  { id: 'health', colour: '#009E73', members: ['biomed'] },
  {
    id: 'making',
    colour: '#D55E00',
    members: [
      'smart-manufacturing',
      'new-materials',
      'future-energy',
      'marine-equipment',
      'optoelectronics',
      'scientific-instruments',
    ],
  },
  {
    id: 'aero',
    colour: '#56B4E9',
    members: ['aerospace', 'autonomous-systems'],
  },
  { id: 'digital', colour: '#CC79A7', members: [] as string[] },
] as const;

export type IndustryGroup = (typeof INDUSTRY_GROUPS)[number];
const FALLBACK = INDUSTRY_GROUPS[INDUSTRY_GROUPS.length - 1]!;

/** The group of an industry id; ids not listed fall into the last group (digital economy & services). */
export function groupOf(industryId: string): IndustryGroup {
  return INDUSTRY_GROUPS.find((g) => (g.members as readonly string[]).includes(industryId)) ?? FALLBACK;
}
