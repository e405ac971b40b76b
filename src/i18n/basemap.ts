/**
 * Strings of the basemap chooser and its notices (issue 21), used as t('basemap.key'). The presets' own names and
 * attributions are in their registry (src/lib/basemaps.ts). `what.*` says what went wrong, `fix.*` where to fix it;
 * each `fail.*` notice is both.
 */
import type { FallbackReason } from '../lib/basemaps.ts';

type Reason = FallbackReason;

const WHAT_ZH: Readonly<Record<Reason, string>> = {
  keyInvalid: '天地图密钥无效（非法 Key）',
  keyDomain: '天地图密钥不适用于本网址（域名未列入白名单）',
  keyServer: '这是天地图服务端密钥，不能在浏览器中使用',
  keyAgent: '天地图拒绝了此浏览器的请求（被判为非浏览器访问）',
  forbidden: '底图服务拒绝了请求（403）',
  attack: '底图服务把请求判为异常访问（418）',
  quota: '今日配额已用完',
  server: '底图服务出错（5xx）',
  network: '无法连接底图服务（网络不通，或服务不允许跨域访问）',
  notImage: '底图服务返回的不是图片',
  timeout: '底图服务 8 秒内没有返回任何图块',
};
const FIX_ZH: Readonly<Record<Reason, string>> = {
  keyInvalid: '请在“图层 → 底图”中检查或更换密钥。',
  keyDomain: '请在天地图控制台把本网址加入该密钥的白名单，或在“图层 → 底图”中换用其他密钥。',
  keyServer: '请在天地图控制台申请“浏览器端”密钥，并在“图层 → 底图”中输入。',
  keyAgent: '请换用常见浏览器，或检查代理是否改写了请求头。',
  forbidden: '请检查密钥和网址白名单，或稍后在“图层 → 底图”中重试。',
  attack: '请稍后再试，不要批量下载图块。',
  quota: '请明天再试，或在“图层 → 底图”中换用其他底图或密钥。',
  server: '请稍后在“图层 → 底图”中重试。',
  network: '请检查网络或瓦片代理（VITE_TILE_PROXY），再在“图层 → 底图”中重试。',
  notImage: '请检查瓦片代理（VITE_TILE_PROXY），再在“图层 → 底图”中重试。',
  timeout: '请检查网络，再在“图层 → 底图”中重试。',
};
const WHAT_EN: Readonly<Record<Reason, string>> = {
  keyInvalid: 'the Tianditu key is not valid (“非法Key”)',
  keyDomain: 'the Tianditu key does not allow this web address (its domain is not whitelisted)',
  keyServer: 'this is a Tianditu server key, which browsers cannot use',
  keyAgent: 'Tianditu refused this browser’s requests (taken for a non-browser client)',
  forbidden: 'the basemap service refused the requests (403)',
  attack: 'the basemap service suspects an attack (418)',
  quota: 'today’s quota is used up',
  server: 'the basemap service failed (5xx)',
  network: 'the basemap service cannot be reached (no network, or it does not allow cross-origin use)',
  notImage: 'the basemap service sent something that is not an image',
  timeout: 'the basemap service sent no tile within 8 seconds',
};
const FIX_EN: Readonly<Record<Reason, string>> = {
  keyInvalid: 'Check or replace the key under Layers → Basemap.',
  keyDomain: 'Add this address to the key’s whitelist in the Tianditu console, or use another key (Layers → Basemap).',
  keyServer: 'Get a “browser” key in the Tianditu console and enter it under Layers → Basemap.',
  keyAgent: 'Use a common browser, or check whether a proxy rewrites the request headers.',
  forbidden: 'Check the key and its whitelist, or retry later under Layers → Basemap.',
  attack: 'Try again later, and never bulk-download tiles.',
  quota: 'Try again tomorrow, or choose another basemap or key under Layers → Basemap.',
  server: 'Retry later under Layers → Basemap.',
  network: 'Check the network or the tile proxy (VITE_TILE_PROXY), then retry under Layers → Basemap.',
  notImage: 'Check the tile proxy (VITE_TILE_PROXY), then retry under Layers → Basemap.',
  timeout: 'Check the network, then retry under Layers → Basemap.',
};

/** Each fallback notice: what went wrong and where to fix it (written out per language: no nesting to resolve). */
function failNotices(
  what: Readonly<Record<Reason, string>>,
  fix: Readonly<Record<Reason, string>>,
  sentence: (what: string, fix: string) => string,
): Record<Reason, string> {
  return Object.fromEntries((Object.keys(what) as Reason[]).map((r) => [r, sentence(what[r], fix[r])])) as Record<
    Reason,
    string
  >;
}

export const basemap = {
  zh: {
    group: '底图',
    custom: '自定义样式（{{host}}）',
    needsKey: '需要密钥',
    roadsInBasemap: '（在线底图自带）',
    online: '在线',
    datum: {
      gcj02: 'GCJ-02 坐标：应用图层随底图平移约 550 米',
      cgcs2000: 'CGCS2000：与 WGS-84 相差不到 1 米',
    },
    lastFailed: '上次失败：{{what}}',
    retry: '再次选择即可重试。',
    credit: '底图：{{attribution}}',
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
    what: WHAT_ZH,
    fix: FIX_ZH,
    fail: failNotices(WHAT_ZH, FIX_ZH, (what, fix) => `{{name}}：${what}，已改用内置底图。${fix}`),
    notice: {
      needsKey: '{{name}}需要天地图密钥，暂用内置底图：请在“图层 → 底图”中输入密钥。',
      keySessionOnly: '此浏览器无法保存天地图密钥，它只用于本次访问。',
    },
    offlineInstead: '底图：内置底图（浏览器无法读取在线底图的画面，此图改用内置底图绘制）',
  },
  en: {
    group: 'Basemap',
    custom: 'Custom style ({{host}})',
    needsKey: 'needs a key',
    roadsInBasemap: '(from the online basemap)',
    online: 'online',
    datum: {
      gcj02: 'GCJ-02: the app’s layers are shifted about 550 m onto it',
      cgcs2000: 'CGCS2000: within a metre of WGS-84',
    },
    lastFailed: 'Last try failed: {{what}}',
    retry: 'Choose it again to retry.',
    credit: 'Basemap: {{attribution}}',
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
    what: WHAT_EN,
    fix: FIX_EN,
    fail: failNotices(WHAT_EN, FIX_EN, (what, fix) => `{{name}}: ${what}. Switched to the built-in map. ${fix}`),
    notice: {
      needsKey:
        '{{name}} needs a Tianditu key; showing the built-in map meanwhile. Enter a key under Layers → Basemap.',
      keySessionOnly: 'This browser cannot store the Tianditu key, so it is used for this visit only.',
    },
    offlineInstead:
      'Basemap: built-in map (the browser could not read the online basemap’s picture, so this one is drawn on the built-in map)',
  },
};
