/**
 * Industry groups and their colours. One colour per group, from the Okabe–Ito colour-blind-safe palette;
 * a park is coloured by the group of its main (first) industry. Colour never stands alone: chips carry the name.
 */
export const INDUSTRY_GROUPS = [
  { id: 'ai', colour: '#0072B2', zh: '人工智能与算力', en: 'AI & computing', members: ['ai'] },
  {
    id: 'chips-it',
    colour: '#E69F00',
    zh: '芯片与信息技术',
    en: 'Chips & IT',
    members: ['ic', 'next-gen-it', 'cybersecurity', 'quantum', 'big-data'],
  },
  { id: 'health', colour: '#009E73', zh: '医药健康', en: 'Health & biomed', members: ['biomed'] },
  {
    id: 'making',
    colour: '#D55E00',
    zh: '制造、材料与能源',
    en: 'Manufacturing, materials & energy',
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
    zh: '空天与无人系统',
    en: 'Aerospace & autonomy',
    members: ['aerospace', 'autonomous-systems'],
  },
  { id: 'digital', colour: '#CC79A7', zh: '数字经济与服务', en: 'Digital economy & services', members: [] as string[] },
] as const;

export type IndustryGroup = (typeof INDUSTRY_GROUPS)[number];
const FALLBACK = INDUSTRY_GROUPS[INDUSTRY_GROUPS.length - 1]!;

/** The group of an industry id; ids not listed fall into the last group (digital economy & services). */
export function groupOf(industryId: string): IndustryGroup {
  return INDUSTRY_GROUPS.find((g) => (g.members as readonly string[]).includes(industryId)) ?? FALLBACK;
}
