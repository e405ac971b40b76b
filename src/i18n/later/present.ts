/**
 * Strings of the presentation (full-screen slides). Used as t('present.key'). They join the translator when this module
 * loads, with the code that uses them, on first use (issue 24: not in the start-up JavaScript); typed with the rest
 * (../index.ts Resources).
 */
import { addStrings } from '../index.ts';

export const presentLater = {
  zh: {
    label: '演示模式',
    exit: '退出演示（Esc）',
    prev: '上一个园区',
    next: '下一个园区',
    progressLabel: '第 {{n}} 个，共 {{total}} 个',
    auto: '自动播放（每 {{s}} 秒）',
    empty: '没有可演示的园区',
    scope: {
      rank: '按排名',
      compare: '对比园区',
      filter: '当前筛选',
    },
  },
  en: {
    label: 'Presentation',
    exit: 'Exit (Esc)',
    prev: 'Previous park',
    next: 'Next park',
    progressLabel: 'Park {{n}} of {{total}}',
    auto: 'Auto-advance (every {{s}} s)',
    empty: 'No parks to present',
    scope: {
      rank: 'In rank order',
      compare: 'Compare set',
      filter: 'Current filter',
    },
  },
};

addStrings('present', presentLater);
