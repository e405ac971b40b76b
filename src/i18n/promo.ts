/** Strings of the promo feature, used as t('promo.key'). */
export const promo = {
  zh: {},
  en: {},
};
