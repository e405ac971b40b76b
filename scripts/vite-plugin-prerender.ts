/**
 * First paint without waiting for JavaScript (issue 24): the build renders the app's first view (header, filters, the
 * park list in plan order) into index.html with react-dom/server, and main.tsx hydrates it.
 * - The view is rendered by src/prerender.tsx, loaded in Node through a Vite server of its own (the data plugin gives
 *   it the validated data inline), as a link with no parameters opens it, in Chinese (index.html's language).
 * - Its key (src/store/first-view.ts) goes in a JSON block, which the CSP allows (data, never run): main.tsx hydrates
 *   only when the start state has the same key, and renders afresh otherwise.
 * - A link that asks for something else must not show the prerendered list even for a moment: a small classic script
 *   in <head>, from the page's own origin (`first-view.js`: no inline script, so the CSP stays as it is), runs before
 *   the first paint and marks the page when the link has any parameter but this language's `lang=`, or none and a
 *   browser language that is not Chinese. The styles keep a marked page's root hidden until the app has rendered it.
 */
import { createServer, type Plugin, type ResolvedConfig } from 'vite';
import { dataPlugin } from './vite-plugin-data.ts';
import { FIRST_VIEW_STALE } from '../src/lib/first-view.ts';

const ENTRY = '/src/prerender.tsx';
const BOOT_FILE = 'first-view.js';

/**
 * Runs in the page before its first paint (serialised into first-view.js; keep it self-contained). Marks
 * the page when the prerendered view (its language in `data-first-view` on <html>) is not what the link will show.
 */
function markStale(staleClass: string) {
  const root = document.documentElement;
  const lang = root.getAttribute('data-first-view');
  if (!lang) return;
  const params = new URLSearchParams(location.search);
  let other = false;
  params.forEach(function (_value, name) {
    if (name !== 'lang') other = true;
  });
  const first = ((navigator.languages && navigator.languages[0]) || navigator.language || 'zh').toLowerCase();
  const wanted = params.get('lang') || (first.indexOf('zh') === 0 ? 'zh' : 'en');
  if (other || wanted !== lang) root.classList.add(staleClass);
}

/** The first view's HTML and key, rendered in Node from the project's sources. */
async function renderFirstView(root: string, lang: 'zh' | 'en'): Promise<{ html: string; key: string }> {
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
    return mod.prerender(lang);
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
        source: `(${markStale.toString()})(${JSON.stringify(FIRST_VIEW_STALE)});\n`,
      });
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        const lang = 'zh';
        const { html: view, key } = await renderFirstView(config.root, lang);
        const rootTag = '<div id="root"></div>';
        if (!html.includes(rootTag)) throw new Error(`prerender: index.html has no ${rootTag}`);
        const json = JSON.stringify({ key }).replace(/</g, '\\u003c');
        return html
          .replace('<html lang="zh-CN">', `<html lang="zh-CN" data-first-view="${lang}">`)
          .replace('<head>', `<head>\n    <script src="${config.base}${BOOT_FILE}"></script>`)
          .replace(
            rootTag,
            `<div id="root">${view}</div>\n    <script type="application/json" id="first-view">${json}</script>`,
          );
      },
    },
  };
}
