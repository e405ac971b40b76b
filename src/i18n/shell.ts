/** Strings of the app shell (header menu, phone bottom sheet), used as t('shell.key'). */
export const shell = {
  zh: {
    sheet: {
      expand: '展开面板',
      collapse: '收起面板',
    },
    menu: '菜单',
    closeMenu: '关闭菜单',
    rank: '排名',
    rankHint: '按条件为筛选后的园区打分排名',
    rankShort: '排名 →',
  },
  en: {
    sheet: {
      expand: 'Expand panel',
      collapse: 'Collapse panel',
    },
    menu: 'Menu',
    closeMenu: 'Close menu',
    rank: 'Rank',
    rankHint: 'Score and rank the filtered parks by your criteria',
    rankShort: 'Rank →',
  },
};
