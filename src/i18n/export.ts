/** Strings of the CSV, GeoJSON and PNG exports, used as t('export.key'). */
export const exporting = {
  zh: {
    title: '导出',
    note: '导出当前筛选的 {{count}} 个园区：',
    csv: '表格（CSV）',
    csvHint: '中英文列，可用 Excel 打开',
    geojson: '地理数据（GeoJSON）',
    png: '当前地图图片（PNG）',
    pngFailed: '无法读取地图图像。',
    /** Joins a park's industries in the CSV's Chinese and English columns (commas would crowd a CSV cell). */
    csvJoin: '、',
  },
  en: {
    title: 'Export',
    note: 'Export the {{count}} parks of the current filter:',
    csv: 'Table (CSV)',
    csvHint: 'Chinese and English columns; opens in Excel',
    geojson: 'Geodata (GeoJSON)',
    png: 'Current map view (PNG)',
    pngFailed: 'The map image could not be read.',
    csvJoin: '; ',
  },
};
