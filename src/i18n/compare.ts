/** Strings of the comparison and its tray, used as t('compare.key'). */
export const compare = {
  zh: {
    tray: {
      label: '对比栏',
      title: '对比',
      remove: '移出对比：{{name}}',
      open_other: '对比 {{count}} 个园区',
      clear: '清空',
      showNames: '显示对比园区的名称',
      hideNames: '收起对比园区的名称',
      needTwo: '再选一个园区即可对比（最多 4 个）。',
    },
  },
  en: {
    tray: {
      label: 'Compare tray',
      title: 'Compare',
      remove: 'Remove from compare: {{name}}',
      open_one: 'Compare {{count}} park',
      open_other: 'Compare {{count}} parks',
      clear: 'Clear',
      showNames: 'Show the names of the parks in the comparison',
      hideNames: 'Hide the names of the parks in the comparison',
      needTwo: 'Pick one more park to compare (up to 4).',
    },
  },
};
