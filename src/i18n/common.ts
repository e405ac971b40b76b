/** Strings of shared by the shortlist views (compare, present, print, share), used as t('common.key'). */
export const common = {
  zh: {
    close: '关闭',
    noStation: '附近没有地铁站数据',
    scope: {
      compare_other: '对比园区（{{count}} 个）',
      filter_other: '当前筛选的园区（{{count}} 个）',
    },
  },
  en: {
    close: 'Close',
    noStation: 'No station data nearby',
    scope: {
      compare_one: 'Compare set ({{count}} park)',
      compare_other: 'Compare set ({{count}} parks)',
      filter_one: 'Current filter ({{count}} park)',
      filter_other: 'Current filter ({{count}} parks)',
    },
  },
};
