/**
 * The basemap chooser's strings (presets, datums, the key form) and the exported picture's note; the credit and the
 * notices stay at start-up (../basemap.ts). Used as t('basemap.key'). They join the translator when this module loads,
 * with the code that uses them, on first use (issue 24: not in the start-up JavaScript); typed with the rest
 * (../index.ts Resources).
 */
import { addStrings } from '../index.ts';

export const basemapLater = {
  zh: {
    group: '底图',
    custom: '自定义样式（{{host}}）',
    needsKey: '需要密钥',
    online: '在线',
    datum: {
      gcj02: 'GCJ-02 坐标：应用图层随底图平移约 550 米',
      cgcs2000: 'CGCS2000：与 WGS-84 相差不到 1 米',
    },
    lastFailed: '上次失败：{{what}}',
    retry: '再次选择即可重试。',
    key: {
      label: '天地图密钥',
      placeholder: '粘贴浏览器端密钥（tk）',
      save: '保存密钥',
      clear: '清除密钥',
      prompt: '{{name}}需要天地图密钥（浏览器端）。',
      how: '如何申请密钥',
      stored: '已保存密钥 {{masked}}（仅存于此浏览器）',
      session: '密钥 {{masked}} 仅用于本次访问：此浏览器无法保存。',
      build: '使用本站配置的天地图密钥。',
      refused: '天地图拒绝了此密钥：{{what}}。',
      problem: {
        empty: '请先输入密钥。',
        characters: '密钥只能包含英文字母和数字，请检查是否多复制了空格、引号或网址。',
        length: '密钥长度应为 16–64 个字符（天地图密钥为 32 位）。',
      },
    },
    offlineInstead: '底图：内置底图（浏览器无法读取在线底图的画面，此图改用内置底图绘制）',
  },
  en: {
    group: 'Basemap',
    custom: 'Custom style ({{host}})',
    needsKey: 'needs a key',
    online: 'online',
    datum: {
      gcj02: 'GCJ-02: the app’s layers are shifted about 550 m onto it',
      cgcs2000: 'CGCS2000: within a metre of WGS-84',
    },
    lastFailed: 'Last try failed: {{what}}',
    retry: 'Choose it again to retry.',
    key: {
      label: 'Tianditu key',
      placeholder: 'Paste a browser key (tk)',
      save: 'Save key',
      clear: 'Clear key',
      prompt: '{{name}} needs a Tianditu key (a browser key).',
      how: 'How to get a key',
      stored: 'Key {{masked}} saved (in this browser only)',
      session: 'Key {{masked}} is used for this visit only: this browser cannot store it.',
      build: 'Using the Tianditu key this site was built with.',
      refused: 'Tianditu refused this key: {{what}}.',
      problem: {
        empty: 'Type or paste a key first.',
        characters: 'A key has only letters and digits: check for a copied space, quote or web address.',
        length: 'A key is 16–64 characters long (Tianditu keys have 32).',
      },
    },
    offlineInstead:
      'Basemap: built-in map (the browser could not read the online basemap’s picture, so this one is drawn on the built-in map)',
  },
};

addStrings('basemap', basemapLater);
