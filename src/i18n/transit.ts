/** Strings of the transit feature, used as t('transit.key'). */
export const transit = {
  zh: {},
  en: {},
};
