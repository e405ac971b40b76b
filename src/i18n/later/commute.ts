/**
 * The door-to-door strings that only features loaded on first use need: the radius panel's "set as destination", the
 * comparison's scenario note and the CSV's columns. Used as t('commute.key'). They join the translator when this module
 * loads, with the code that uses them, on first use (issue 24: not in the start-up JavaScript); typed with the rest
 * (../index.ts Resources).
 */
import { addStrings } from '../index.ts';

export const commuteLater = {
  zh: {
    setHere: '设为通勤目的地',
    withScenario: '{{towards}}（{{scenario}}）',
    csv: '{{towards}} · {{scenario}} · {{bound}}（分钟）',
    csvBound: { low: '下限', high: '上限' },
  },
  en: {
    setHere: 'Set as commute destination',
    withScenario: '{{towards}} ({{scenario}})',
    csv: '{{towards}} · {{scenario}} · {{bound}} (min)',
    csvBound: { low: 'low', high: 'high' },
  },
};

addStrings('commute', commuteLater);
