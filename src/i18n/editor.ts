/**
 * Strings of the site editor (issue 13, part 1), used as t('editor.key'): staff correcting where a park lies, drafts
 * kept in the browser, and the patch file a maintainer reviews and applies (`npm run data:apply`).
 */
export const editor = {
  zh: {
    open: '纠正位置',
    notice: {
      corrupt: '浏览器中保存的位置草稿无法读取，已改为空白（原内容已另存备份）。',
      dropped: '有 {{count}} 条位置草稿无法读取，已略去（原内容已另存备份）。',
      saveFailed: '位置草稿无法保存到浏览器（存储已满或被禁用）：请尽快导出补丁，以免丢失。',
    },
  },
  en: {
    open: 'Correct this location',
    notice: {
      corrupt:
        'The site drafts saved in this browser could not be read; the list starts empty (the old text is kept aside).',
      dropped_one: '{{count}} site draft could not be read and was left out (the old text is kept aside).',
      dropped_other: '{{count}} site drafts could not be read and were left out (the old text is kept aside).',
      saveFailed:
        'The site drafts cannot be saved in this browser (storage full or switched off): export a patch soon so nothing is lost.',
    },
  },
};
