/**
 * Strings shared by the shortlist views (compare, present, print, share, export) and the list joiners every feature
 * uses, as t('common.key').
 */
export const common = {
  zh: {
    close: '关闭',
    /** Where a part of the app loaded on first use will appear, while it loads. */
    loading: '正在加载…',
    /** A part loaded on first use could not be fetched (offline on a first visit). */
    loadFailed: '这部分无法加载，请检查网络后刷新页面。',
    /** The source of every park fact, as cited on sheets and in exports. */
    planSource: '《海淀区2025年重点工作》',
    join: { list: '、', clause: '，' },
    noStation: '附近没有地铁站数据',
    scope: {
      rank_other: '排名的园区（{{count}} 个）',
      compare_other: '对比园区（{{count}} 个）',
      filter_other: '当前筛选的园区（{{count}} 个）',
    },
  },
  en: {
    close: 'Close',
    loading: 'Loading…',
    loadFailed: 'This part could not load; check the connection and reload the page.',
    planSource: 'Haidian District 2025 work plan (《海淀区2025年重点工作》)',
    join: { list: ', ', clause: ', ' },
    noStation: 'No station data nearby',
    scope: {
      rank_one: 'Ranked park ({{count}})',
      rank_other: 'Ranked parks ({{count}}), in rank order',
      compare_one: 'Compare set ({{count}} park)',
      compare_other: 'Compare set ({{count}} parks)',
      filter_one: 'Current filter ({{count}} park)',
      filter_other: 'Current filter ({{count}} parks)',
    },
  },
};
