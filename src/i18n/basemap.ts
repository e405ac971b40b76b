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
    roadsInBasemap: '（在线底图自带）',
    credit: '底图：{{attribution}}',
    what: WHAT_ZH,
    fix: FIX_ZH,
    fail: failNotices(WHAT_ZH, FIX_ZH, (what, fix) => `{{name}}：${what}，已改用内置底图。${fix}`),
    notice: {
      needsKey: '{{name}}需要天地图密钥，暂用内置底图：请在“图层 → 底图”中输入密钥。',
      keySessionOnly: '此浏览器无法保存天地图密钥，它只用于本次访问。',
    },
  },
  en: {
    roadsInBasemap: '(from the online basemap)',
    credit: 'Basemap: {{attribution}}',
    what: WHAT_EN,
    fix: FIX_EN,
    fail: failNotices(WHAT_EN, FIX_EN, (what, fix) => `{{name}}: ${what}. Switched to the built-in map. ${fix}`),
    notice: {
      needsKey:
        '{{name}} needs a Tianditu key; showing the built-in map meanwhile. Enter a key under Layers → Basemap.',
      keySessionOnly: 'This browser cannot store the Tianditu key, so it is used for this visit only.',
    },
  },
};
