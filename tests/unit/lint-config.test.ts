/**
 * The import-boundary rules of eslint.config.js (STYLE.md §1, §9): a wrong-way import fails lint, a right-way one
 * passes. Each case lints one line of code as if it were the named file; only `no-restricted-imports` runs.
 */
import { describe, it, expect } from 'vitest';
import { ESLint } from 'eslint';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const eslint = new ESLint({
  cwd: ROOT,
  overrideConfigFile: path.join(ROOT, 'eslint.config.js'),
  ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-imports',
});

/** The `no-restricted-imports` messages for `code` linted as `file`; throws on a parse error. */
async function restricted(code: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  const fatal = result!.messages.filter((m) => m.fatal);
  if (fatal.length > 0) throw new Error(`${file}: ${fatal.map((m) => m.message).join('; ')}`);
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('eslint.config.js import boundaries', () => {
  it.each([
    ['src/lib/x.ts', "import { useAppStore } from '../store/index.ts';", 'src/lib is pure'],
    ['src/lib/x.ts', "import { PARKS } from '../data/index.ts';", 'src/lib is pure'],
    ['src/lib/x.ts', "import { useMemo } from 'react';", 'no React'],
    ['src/lib/metro/x.ts', "import { useAppStore } from '../../store/index.ts';", 'src/lib is pure'],
    ['src/lib/metro/x.ts', "import { useMemo } from 'react';", 'no React'],
    [
      'src/lib/metro/x.ts',
      "import { distance } from '@turf/turf';",
      'Only src/lib/spatial.ts (and spatial-polygon.ts) imports @turf',
    ],
    [
      'src/lib/filters.ts',
      "import { distance } from '@turf/turf';",
      'Only src/lib/spatial.ts (and spatial-polygon.ts) imports @turf',
    ],
    ['src/features/x.tsx', "import maplibregl from 'maplibre-gl';", 'Only src/map/ imports'],
    ['src/features/radius/X.tsx', "import type { MapRef } from 'react-map-gl/maplibre';", 'Only src/map/ imports'],
    ['src/store/x.ts', "import { z } from 'zod';", 'Only src/lib/schema.ts imports zod'],
    ['src/store/x.ts', "import { LAYER } from '../map/ids.ts';", 'src/store imports only src/lib and src/data'],
    ['src/data/x.ts', "import { useAppStore } from '../store/index.ts';", 'src/data imports only src/lib'],
    ['src/data/x.ts', "import type { z } from 'zod';", 'src/data uses no package'],
    ['src/data/x.ts', "import { ParksSchema } from '../lib/schema.ts';", 'Import only types from src/lib/schema.ts'],
    ['src/ui/X.tsx', "import { useAppStore } from '../store/index.ts';", 'take props only'],
    ['src/ui/X.tsx', "import { PARKS } from '../data/index.ts';", 'take props only'],
    ['src/ui/X.tsx', "import { ParkCard } from '../features/park-card/ParkCard.tsx';", 'take props only'],
    ['src/ui/X.tsx', "import { useTranslation } from '../i18n/react.ts';", 'take props only'],
    [
      'src/map/x.ts',
      "import { ParkCard } from '../features/park-card/ParkCard.tsx';",
      'src/map does not import features',
    ],
    ['src/i18n/x.ts', "import { PARKS } from '../data/index.ts';", 'src/i18n imports only'],
    ['src/i18n/later/x.ts', "import { PARKS } from '../../data/index.ts';", 'src/i18n imports only'],
    ['src/features/x/y.tsx', "import { App } from '../../app.tsx';", 'Nothing imports app.tsx'],
  ])('rejects, as %s: %s', async (file, code, reason) => {
    const messages = await restricted(code, file);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(reason);
  });

  it.each([
    ['src/lib/spatial.ts', "import { distance } from '@turf/turf';"],
    ['src/lib/spatial-polygon.ts', "import { booleanPointInPolygon } from '@turf/turf';"],
    ['src/lib/schema.ts', "import { z } from 'zod';"],
    ['src/lib/x.ts', "import type { LngLat } from './schema.ts';"],
    ['src/lib/metro/x.ts', "import type { LngLat } from '../schema.ts';"],
    ['src/lib/metro/x.ts', "import { rangeToNearest } from '../interval.ts';"],
    ['src/store/x.ts', "import { formatDistanceKm } from '../lib/format.ts';"],
    ['src/store/x.ts', "import { PARKS } from '../data/index.ts';"],
    ['src/data/x.ts', "import parksFile from '../../data/parks.geojson';"],
    ['src/data/x.ts', "import appData from 'virtual:app-data';"],
    ['src/data/x.ts', "import type { LngLat } from '../lib/schema.ts';"],
    ['src/map/MapPane.tsx', "import { Map } from 'react-map-gl/maplibre';"],
    ['src/features/x/y.tsx', "import { ROUGH_ACCURACY_M } from '../../map/placement.ts';"],
    ['src/ui/X.tsx', "import type { ReactNode } from 'react';"],
    ['src/i18n/x.ts', "import { formatDistanceKm } from '../lib/format.ts';"],
    ['src/main.tsx', "import { App } from './app.tsx';"],
    ['src/prerender.tsx', "import { App } from './app.tsx';"],
    ['tests/unit/x.test.ts', "import { distance } from '@turf/turf';"],
    ['scripts/x.ts', "import { z } from 'zod';"],
  ])('allows, as %s: %s', async (file, code) => {
    expect(await restricted(code, file)).toEqual([]);
  });
});
