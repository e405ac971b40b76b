import { describe, expect, it } from 'vitest';
import { basemapOrigins, contentSecurityPolicy, tileProxy } from '../../../scripts/vite-plugin-csp.ts';

/** The policy's directives as lists. */
const directives = (csp: string) =>
  Object.fromEntries(
    csp.split(';').map((d) => {
      const [k, ...v] = d.trim().split(/\s+/);
      return [k!, v];
    }),
  );

describe('the Content-Security-Policy', () => {
  it('allows images and connections to the presets’ tile hosts only, and no script but our own', () => {
    const d = directives(contentSecurityPolicy(basemapOrigins({})));
    const tiles = [
      ...[0, 1, 2, 3, 4, 5, 6, 7].map((n) => `https://t${n}.tianditu.gov.cn`),
      ...[1, 2, 3, 4].map((n) => `https://webrd0${n}.is.autonavi.com`),
      ...[1, 2, 3, 4].map((n) => `https://webst0${n}.is.autonavi.com`),
    ];
    expect([...d['connect-src']!].sort()).toEqual(["'self'", 'blob:', 'data:', ...tiles].sort());
    expect([...d['img-src']!].sort()).toEqual(["'self'", 'blob:', 'data:', ...tiles].sort());
    expect(d['font-src']).toEqual(["'self'", 'data:']);
    expect(d['script-src']).toEqual(["'self'"]);
  });

  it('allows only the proxy’s origin when VITE_TILE_PROXY is set', () => {
    const d = directives(contentSecurityPolicy(basemapOrigins({ VITE_TILE_PROXY: 'http://127.0.0.1:4999/' })));
    expect(d['connect-src']).toEqual(["'self'", 'data:', 'blob:', 'http://127.0.0.1:4999']);
  });

  it('adds a configured online style’s origins for fonts too', () => {
    const d = directives(
      contentSecurityPolicy(
        basemapOrigins({
          VITE_TILE_PROXY: 'https://tiles.example.org',
          VITE_BASEMAP_STYLE: 'https://s.example.org/a.json',
        }),
      ),
    );
    expect(d['connect-src']).toEqual([
      "'self'",
      'data:',
      'blob:',
      'https://tiles.example.org',
      'https://s.example.org',
    ]);
    expect(d['font-src']).toEqual(["'self'", 'data:', 'https://s.example.org']);
  });

  it('stops the build on a tile proxy that is not an origin, saying what to give', () => {
    expect(() => tileProxy({ VITE_TILE_PROXY: 'tiles.example.org/cache' })).toThrow(
      /VITE_TILE_PROXY="tiles.example.org\/cache" is not an origin: give the scheme and host only/,
    );
    expect(tileProxy({ VITE_TILE_PROXY: ' ' })).toBeNull();
  });
});
