/** Strings of the resident feature, used as t('resident.key'). */
export const resident = {
  zh: {},
  en: {},
};
