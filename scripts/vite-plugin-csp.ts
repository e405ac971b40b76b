/**
 * Adds a Content-Security-Policy to the built index.html: no inline script, no eval, and no connection to any origin
 * but the page's own — plus the tile hosts of the online basemap presets (src/lib/basemaps.ts; only the proxy's
 * origin when VITE_TILE_PROXY is set), and the origins of a configured online style (VITE_BASEMAP_STYLE, and any listed
 * in VITE_BASEMAP_ORIGINS, space-separated). Allowing them fetches nothing: no request leaves the page's origin until
 * the user chooses an online basemap. Inline style attributes stay allowed (React and MapLibre set them).
 * Build only: the dev server injects inline scripts of its own.
 */
import type { Plugin } from 'vite';
import { parseProxyOrigin, presetOrigins } from '../src/lib/basemaps.ts';

/**
 * The policy, given the origins allowed to serve basemaps: `tiles` (the presets' tile hosts: images, fetched) and
 * `styles` (an online style's hosts: styles, tiles, sprites, glyphs and fonts).
 */
export function contentSecurityPolicy(origins: { tiles: readonly string[]; styles: readonly string[] }): string {
  const list = (o: readonly string[]) => (o.length ? ` ${o.join(' ')}` : '');
  const fetched = list([...new Set([...origins.tiles, ...origins.styles])]);
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${fetched}`,
    `font-src 'self' data:${list(origins.styles)}`,
    `connect-src 'self' data: blob:${fetched}`,
    "worker-src 'self' blob:",
    "child-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

/** The tile proxy of VITE_TILE_PROXY; a value that is set but is not an origin stops the build, saying why. */
export function tileProxy(env: Record<string, string | undefined>): string | null {
  const raw = env.VITE_TILE_PROXY?.trim();
  if (!raw) return null;
  const proxy = parseProxyOrigin(raw);
  if (!proxy)
    throw new Error(
      `VITE_TILE_PROXY=${JSON.stringify(raw)} is not an origin: give the scheme and host only, e.g. https://tiles.example.org or http://127.0.0.1:4999`,
    );
  return proxy;
}

/**
 * Origins (scheme://host[:port]) the page may fetch basemaps from: the presets' tile hosts (or the proxy alone), and
 * the configured online style's; malformed style entries are ignored.
 */
export function basemapOrigins(env: Record<string, string | undefined>): { tiles: string[]; styles: string[] } {
  return { tiles: presetOrigins(tileProxy(env)), styles: styleOrigins(env) };
}

function styleOrigins(env: Record<string, string | undefined>): string[] {
  const raw = [env.VITE_BASEMAP_STYLE ?? '', ...(env.VITE_BASEMAP_ORIGINS ?? '').split(/\s+/)].filter(Boolean);
  const origins = new Set<string>();
  for (const r of raw) {
    try {
      const u = new URL(r);
      if (u.protocol === 'https:' || u.protocol === 'http:') origins.add(u.origin);
    } catch {
      /* not a URL */
    }
  }
  return [...origins];
}

export function cspPlugin(env: Record<string, string | undefined>): Plugin {
  return {
    name: 'haidian-csp',
    apply: 'build',
    // A malformed VITE_TILE_PROXY stops the build at its start, with the reason.
    buildStart() {
      tileProxy(env);
    },
    transformIndexHtml() {
      return [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(basemapOrigins(env)) },
          injectTo: 'head-prepend',
        },
      ];
    },
  };
}
