/**
 * The export menu's strings and its files' (CSV columns, the PNG's captions) beyond its button and the CSV list
 * separator (../export.ts). Used as t('export.key'). They join the translator when this module loads, with the code
 * that uses them, on first use (issue 24: not in the start-up JavaScript); typed with the rest (../index.ts Resources).
 */
import { addStrings } from '../index.ts';

export const exportingLater = {
  zh: {
    note: '导出当前筛选的 {{count}} 个园区：',
    csv: '表格（CSV）',
    csvHint: '中英文列，表头为中文加列名，可用 Excel 打开',
    geojson: '地理数据（GeoJSON）',
    png: '当前地图图片（PNG）',
    pngHint: '含标题、图例、比例尺和来源',
    pngFailed: '无法读取地图图像。',
    /**
     * The CSV's header labels by column key (lib/export.ts CSV_COLUMNS), in the reader's language; each header cell is
     * "label (key)". No commas: a label must not need quoting.
     */
    columns: {
      seq: '规划序号',
      id: '园区标识',
      name_zh: '园区名称 · 中文',
      name_en: '园区名称 · 英文',
      town_zh: '镇街 · 中文',
      town_en: '镇街 · 英文',
      location_zh: '位置 · 中文',
      location_en: '位置 · 英文',
      floor_area_m2: '总建筑面积（平方米）',
      above_ground_area_m2: '其中地上面积（平方米）',
      expansion_area_m2: '扩展空间（平方米）',
      industries_zh: '产业 · 中文',
      industries_en: '产业 · 英文',
      positioning_zh: '产业定位 · 中文',
      positioning_en: '产业定位 · 英文',
      lng: '经度（WGS-84）',
      lat: '纬度（WGS-84）',
      placement_precision: '定位精度（代码）',
      placement_accuracy_m: '定位误差半径（米）',
      placement_zh: '定位精度 · 中文',
      placement_en: '定位精度 · 英文',
      nearest_station_now_zh: '最近车站（现状） · 中文',
      nearest_station_now_en: '最近车站（现状） · 英文',
      station_now_near_m: '距最近车站（现状）最近（米）',
      station_now_far_m: '距最近车站（现状）最远（米）',
      nearest_station_plan_zh: '最近车站（规划后） · 中文',
      nearest_station_plan_en: '最近车站（规划后） · 英文',
      station_plan_near_m: '距最近车站（规划后）最近（米）',
      station_plan_far_m: '距最近车站（规划后）最远（米）',
      source: '来源',
    },
    /** The PNG's words. */
    image: {
      subtitle: '《海淀区2025年重点工作》产业园区 · {{count}}',
      scenario: '交通：{{scenario}}',
      filters: '筛选：{{list}}',
      date: '导出日期：{{date}}',
    },
  },
  en: {
    note: 'Export the {{count}} parks of the current filter:',
    csv: 'Table (CSV)',
    csvHint: 'Chinese and English columns, headers with column keys; opens in Excel',
    geojson: 'Geodata (GeoJSON)',
    png: 'Current map view (PNG)',
    pngHint: 'With title, legend, scale bar and sources',
    pngFailed: 'The map image could not be read.',
    columns: {
      seq: 'Plan no.',
      id: 'Park id',
      name_zh: 'Park name · Chinese',
      name_en: 'Park name · English',
      town_zh: 'Town · Chinese',
      town_en: 'Town · English',
      location_zh: 'Location · Chinese',
      location_en: 'Location · English',
      floor_area_m2: 'Floor area (m²)',
      above_ground_area_m2: 'Above-ground area (m²)',
      expansion_area_m2: 'Expansion space (m²)',
      industries_zh: 'Industries · Chinese',
      industries_en: 'Industries · English',
      positioning_zh: 'Positioning · Chinese',
      positioning_en: 'Positioning · English',
      lng: 'Longitude (WGS-84)',
      lat: 'Latitude (WGS-84)',
      placement_precision: 'Placement precision (code)',
      placement_accuracy_m: 'Placement error radius (m)',
      placement_zh: 'Placement · Chinese',
      placement_en: 'Placement · English',
      nearest_station_now_zh: 'Nearest station (now) · Chinese',
      nearest_station_now_en: 'Nearest station (now) · English',
      station_now_near_m: 'Nearest station (now) · least distance (m)',
      station_now_far_m: 'Nearest station (now) · greatest distance (m)',
      nearest_station_plan_zh: 'Nearest station (after plan) · Chinese',
      nearest_station_plan_en: 'Nearest station (after plan) · English',
      station_plan_near_m: 'Nearest station (after plan) · least distance (m)',
      station_plan_far_m: 'Nearest station (after plan) · greatest distance (m)',
      source: 'Source',
    },
    image: {
      subtitle: 'Industrial parks of the Haidian District 2025 work plan · {{count}}',
      scenario: 'Transit: {{scenario}}',
      filters: 'Filtered by: {{list}}',
      date: 'Exported {{date}}',
    },
  },
};

addStrings('export', exportingLater);
