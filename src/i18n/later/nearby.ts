/**
 * The radius panel's strings; its action and hint stay at start-up (../nearby.ts). Used as t('nearby.key'). They join
 * the translator when this module loads, with the code that uses them, on first use (issue 24: not in the start-up
 * JavaScript); typed with the rest (../index.ts Resources).
 */
import { addStrings } from '../index.ts';

export const nearbyLater = {
  zh: {
    /** The summary's heading when its centre is a map click rather than a chosen place. */
    radiusTitle: '半径查询',
    radius: '半径',
    clear: '清除半径查询',
    centreOn: '以{{station}}为中心',
    empty: '这一范围内没有园区、规划项目或车站。可以扩大半径试试。',
    years: '（约{{years}}年）',
    possibleMore_other: '，另有 {{count}} 个可能在范围内',
    possibleOnly: '{{label}}可能在范围内',
    maybe: '可能',
    maybeTitle: '位置不精确：可能在范围内，也可能在范围外',
    group: {
      parks_other: '{{count}} 个产业园区',
      'project-health_other': '{{count}} 个医疗项目',
      'project-housing_other': '{{count}} 个住房项目',
      'project-green_other': '{{count}} 个公园绿地项目',
      'project-transit_other': '{{count}} 个交通工程',
      'project-renewal_other': '{{count}} 个城市更新项目',
      'project-industry_other': '{{count}} 个产业项目',
      'stations-planned_other': '{{count}} 个规划车站',
      'stations-new-line_other': '{{count}} 个将新增规划线路的车站',
      'stations-open_other': '{{count}} 个地铁站',
    },
  },
  en: {
    radiusTitle: 'Radius query',
    radius: 'Radius',
    clear: 'Clear radius query',
    centreOn: 'Centre on {{station}}',
    empty: 'No parks, plan projects or stations within this distance. Try a larger radius.',
    years: ' (about {{years}})',
    possibleMore_one: ', {{count}} more possibly',
    possibleMore_other: ', {{count}} more possibly',
    possibleOnly: '{{label}} possibly within',
    maybe: 'may be',
    maybeTitle: 'Placed only approximately: may lie inside or outside the radius',
    group: {
      parks_one: '{{count}} industrial park',
      parks_other: '{{count}} industrial parks',
      'project-health_one': '{{count}} health project',
      'project-health_other': '{{count}} health projects',
      'project-housing_one': '{{count}} housing project',
      'project-housing_other': '{{count}} housing projects',
      'project-green_one': '{{count}} park or green-space project',
      'project-green_other': '{{count}} park and green-space projects',
      'project-transit_one': '{{count}} transit project',
      'project-transit_other': '{{count}} transit projects',
      'project-renewal_one': '{{count}} urban renewal project',
      'project-renewal_other': '{{count}} urban renewal projects',
      'project-industry_one': '{{count}} industry project',
      'project-industry_other': '{{count}} industry projects',
      'stations-planned_one': '{{count}} planned station',
      'stations-planned_other': '{{count}} planned stations',
      'stations-new-line_one': '{{count}} station gaining a planned line',
      'stations-new-line_other': '{{count}} stations gaining a planned line',
      'stations-open_one': '{{count}} metro station',
      'stations-open_other': '{{count}} metro stations',
    },
  },
};

addStrings('nearby', nearbyLater);
