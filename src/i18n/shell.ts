/** Strings of the app shell (header menu, phone bottom sheet), used as t('shell.key'). */
export const shell = {
  zh: {
    sheet: {
      expand: '展开面板',
      collapse: '收起面板',
    },
    menu: '菜单',
    closeMenu: '关闭菜单',
  },
  en: {
    sheet: {
      expand: 'Expand panel',
      collapse: 'Collapse panel',
    },
    menu: 'Menu',
    closeMenu: 'Close menu',
  },
};
