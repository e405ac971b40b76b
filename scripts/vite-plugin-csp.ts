/**
 * Adds a Content-Security-Policy to the built index.html: no inline script, no eval, and no connection to any origin
 * but the page's own — plus the origins of the configured online basemap (VITE_BASEMAP_STYLE, and any listed in
 * VITE_BASEMAP_ORIGINS, space-separated). Inline style attributes stay allowed (React and MapLibre set them).
 * Build only: the dev server injects inline scripts of its own.
 */
import type { Plugin } from 'vite';

/** The policy for a list of extra origins allowed to serve basemap styles, tiles, sprites and glyphs. */
export function contentSecurityPolicy(basemapOrigins: readonly string[]): string {
  const extra = basemapOrigins.length ? ` ${basemapOrigins.join(' ')}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${extra}`,
    `font-src 'self' data:${extra}`,
    `connect-src 'self' data: blob:${extra}`,
    "worker-src 'self' blob:",
    "child-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

/** Origins (scheme://host[:port]) of the configured basemap settings; malformed entries are ignored. */
export function basemapOrigins(env: Record<string, string | undefined>): string[] {
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
