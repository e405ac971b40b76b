/** Strings of the CSV, GeoJSON and PNG exports, used as t('export.key'). */
export const exporting = {
  zh: {
    title: '导出',
    /** Joins a park's industries in the CSV's Chinese and English columns (commas would crowd a CSV cell). */
    csvJoin: '、',
  },
  en: {
    title: 'Export',
    csvJoin: '; ',
  },
};
