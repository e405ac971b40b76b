/**
 * The comparison view's strings, shared with the print sheet and the presentation; the tray's stay at start-up
 * (../compare.ts). Used as t('compare.key'). They join the translator when this module loads, with the code that uses
 * them, on first use (issue 24: not in the start-up JavaScript); typed with the rest (../index.ts Resources).
 */
import { addStrings } from '../index.ts';

export const compareLater = {
  zh: {
    title: '园区对比',
    legend: '底色和 ≠ 标出各园区不同的项；面积条按同一比例绘制。',
    differs: '（各园区不同）',
    largest: '最大',
    stationNow: '最近地铁站（现状）',
    stationPlan: '最近地铁站（规划后）',
    changes: '规划后更近',
    noChange: '规划未带来新线路或更近的车站',
    distances: '园区之间的直线距离',
    distancesNote: '园区点位不精确时，距离为两园区各自可能位置之间的范围。',
  },
  en: {
    title: 'Compare parks',
    legend: 'Shading and ≠ mark rows that differ; area bars share one scale.',
    differs: '(differs between parks)',
    largest: 'largest',
    stationNow: 'Nearest station (now)',
    stationPlan: 'Nearest station (after plan)',
    changes: 'nearer after plan',
    noChange: 'No new line or nearer station from the planned works',
    distances: 'Straight-line distance between the parks',
    distancesNote: 'Where a park is placed only approximately, the distance is the range over where each park may lie.',
  },
};

addStrings('compare', compareLater);
