/**
 * First paint without waiting for JavaScript (issue 24): the build renders the app's first view (header, filters, the
 * park list in plan order with its figures, the map's placeholder) into index.html with react-dom/server, and main.tsx
 * hydrates it.
 * - The views are rendered by src/prerender.tsx, loaded in Node through a Vite server of its own (the data plugin
 *   gives it the validated data inline), as a link with no parameters opens the app: in Chinese (`#root`) and in
 *   English (`#root-en`, hidden), so a visitor in either language sees the list at once (about 11 KiB more gzip).
 * - Their keys (src/store/first-view.ts) go in a JSON block, which the CSP allows (data, never run): main.tsx
 *   hydrates the view whose key is the start state's, and renders afresh when none is.
 * - Which view the first paint shows is decided before it, by a small classic script in <head> from the page's own
 *   origin (`first-view.js`: no inline script, so the CSP stays as it is): the English one for `lang=en` or a
 *   browser not in Chinese, and none when the link has any other parameter (a filter, a park, a view…), so the
 *   default list never flashes. The styles (src/styles.css) follow its marks until the app has rendered.
 */
import { createServer, type Plugin, type ResolvedConfig } from 'vite';
import { dataPlugin } from './vite-plugin-data.ts';
import {
  FIRST_VIEW_EN,
  FIRST_VIEW_EN_ID,
  FIRST_VIEW_ID,
  FIRST_VIEW_STALE,
  type FirstViews,
} from '../src/lib/first-view.ts';

const ENTRY = '/src/prerender.tsx';
const BOOT_FILE = 'first-view.js';

/**
 * Runs in the page before its first paint (serialised into first-view.js; keep it self-contained). The page carries
 * the Chinese view, shown by default, and the English one: marks <html> to show the English one when the link asks
 * for English (or names no language and the browser's is not Chinese), and to show neither when the link has any
 * other parameter. Once the document is parsed (before the entry module runs), the view not shown leaves the DOM, so
 * the page never holds two lists, whenever the app starts.
 */
function markFirstView(stale: string, en: string, enId: string) {
  const root = document.documentElement;
  if (!root.hasAttribute('data-first-view')) return;
  const params = new URLSearchParams(location.search);
  let other = false;
  params.forEach((_value, name) => {
    if (name !== 'lang') other = true;
  });
  const first = ((navigator.languages && navigator.languages[0]) || navigator.language || 'zh').toLowerCase();
  const wanted = params.get('lang') || (first.indexOf('zh') === 0 ? 'zh' : 'en');
  const showEn = !other && wanted === 'en';
  if (other || (wanted !== 'zh' && wanted !== 'en')) root.classList.add(stale);
  else if (showEn) {
    root.classList.add(en);
    root.lang = 'en';
  }
  document.addEventListener('readystatechange', function drop() {
    document.removeEventListener('readystatechange', drop);
    const gone = document.getElementById(showEn ? 'root' : enId);
    if (gone && document.getElementById(showEn ? enId : 'root')) gone.remove();
  });
}

/** The first view's HTML and key, rendered in Node from the project's sources. */
async function renderFirstViews(root: string): Promise<Record<'zh' | 'en', { html: string; key: string }>> {
  const server = await createServer({
    configFile: false,
    root,
    logLevel: 'error',
    appType: 'custom',
    plugins: [dataPlugin()],
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const mod = (await server.ssrLoadModule(ENTRY)) as {
      prerender: (lang: 'zh' | 'en') => { html: string; key: string };
    };
    return { zh: mod.prerender('zh'), en: mod.prerender('en') };
  } finally {
    await server.close();
  }
}

export function prerenderPlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'haidian-prerender',
    apply: 'build',
    configResolved(c) {
      config = c;
    },
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: BOOT_FILE,
        source: `(${markFirstView.toString()})(${[FIRST_VIEW_STALE, FIRST_VIEW_EN, FIRST_VIEW_EN_ID].map((s) => JSON.stringify(s)).join(', ')});\n`,
      });
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        const views = await renderFirstViews(config.root);
        const rootTag = '<div id="root"></div>';
        if (!html.includes(rootTag)) throw new Error(`prerender: index.html has no ${rootTag}`);
        const keys: FirstViews = [
          { lang: 'zh', id: 'root', key: views.zh.key },
          { lang: 'en', id: FIRST_VIEW_EN_ID, key: views.en.key },
        ];
        const json = JSON.stringify(keys).replace(/</g, '\\u003c');
        return (
          html
            .replace('<html lang="zh-CN">', '<html lang="zh-CN" data-first-view>')
            // The charset first (it must be within the first 1024 bytes; the CSP is longer), then the views' script.
            .replace('<meta charset="UTF-8" />', '')
            .replace(
              '<head>',
              `<head>\n    <meta charset="UTF-8" />\n    <script src="${config.base}${BOOT_FILE}"></script>`,
            )
            .replace(
              rootTag,
              [
                `<div id="root">${views.zh.html}</div>`,
                `<div id="${FIRST_VIEW_EN_ID}" lang="en" hidden>${views.en.html}</div>`,
                `<script type="application/json" id="${FIRST_VIEW_ID}">${json}</script>`,
              ].join('\n    '),
            )
        );
      },
    },
  };
}
