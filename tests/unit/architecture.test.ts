/** Import rules of the house style, checked on the source text (the project has no linter). */
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx)$/.test(n) ? [p] : [];
  });
const rel = (p: string) => path.relative(SRC, p).split(path.sep).join('/');
/** Value imports (not `import type`) of each file, with the module they name. */
const valueImports = (text: string) => [...text.matchAll(/^import (?!type )[^;]*?from '([^']+)';/gms)].map((m) => m[1]!);

const sources = files(SRC).map((p) => ({ file: rel(p), imports: valueImports(readFileSync(p, 'utf8')) }));

describe('architecture', () => {
  it('keeps zod out of the browser bundle: only lib/schema.ts imports it, and nothing imports schema.ts for values', () => {
    const offenders = sources.filter((s) => s.file !== 'lib/schema.ts' && s.imports.some((m) => m === 'zod' || m.endsWith('/schema.ts')));
    expect(offenders.map((s) => s.file)).toEqual([]);
  });
  it('calls turf only from lib/spatial.ts', () => {
    expect(sources.filter((s) => s.file !== 'lib/spatial.ts' && s.imports.some((m) => m.startsWith('@turf/'))).map((s) => s.file)).toEqual([]);
  });
  it('touches react-map-gl and maplibre-gl only from src/map/', () => {
    const offenders = sources.filter((s) => !s.file.startsWith('map/') && s.imports.some((m) => m.startsWith('react-map-gl') || m.startsWith('maplibre-gl')));
    expect(offenders.map((s) => s.file)).toEqual([]);
  });
  it('keeps lib/ free of React, the store and the DOM-bound layers', () => {
    const offenders = sources.filter((s) => s.file.startsWith('lib/') && s.imports.some((m) => /^(react|zustand)|\/(store|map|features|data|ui)\//.test(m)));
    expect(offenders.map((s) => s.file)).toEqual([]);
  });
});
