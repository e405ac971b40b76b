/**
 * Words around the app's figures (src/lib/format.ts decides the numbers and the unit; src/i18n/format.ts combines
 * them with these), used as t('units.key'). The area unit is the one lib's areaFigure measures in for the language:
 * 万平方米 in Chinese, square metres in English.
 */
export const units = {
  zh: {
    area: '{{value}}万平方米',
    areaShort: '{{value}}万㎡',
    unit: { m: '米', km: '公里' },
    distance: '{{value}} {{unit}}',
    range: '约 {{near}}–{{far}} {{unit}}',
    upTo: '最远约 {{far}} {{unit}}',
    minutes: '{{minutes}} 分钟',
    walkAbout: '步行约 {{minutes}} 分钟',
    walk: '步行 {{minutes}} 分钟',
    walkSpan: '步行 {{lo}}–{{hi}} 分钟',
    distanceAndWalk: '{{distance}}，{{walk}}',
  },
  en: {
    area: '{{value}} m²',
    areaShort: '{{value}} m²',
    unit: { m: 'm', km: 'km' },
    distance: '{{value}} {{unit}}',
    range: '{{near}}–{{far}} {{unit}}',
    upTo: 'up to {{far}} {{unit}}',
    minutes: '{{minutes}} min',
    walkAbout: 'about a {{minutes}}-minute walk',
    walk: 'a {{minutes}} min walk',
    walkSpan: 'a {{lo}}–{{hi}} min walk',
    distanceAndWalk: '{{distance}}, {{walk}}',
  },
};
