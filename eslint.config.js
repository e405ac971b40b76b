/**
 * ESLint flat config. Besides typescript-eslint's recommended rules, it encodes the layer rules of the house style
 * (STYLE.md §1, §9) with ESLint's own `no-restricted-imports`, one config block per folder of src/, so a wrong-way
 * import fails `npm run lint` (step 1 of `npm test`).
 *
 * Imports point one way: lib → data → store → map/features → app. The patterns are regular expressions on the
 * import string as written; every layer folder is flat (features one level deeper), so `../` leaves the folder.
 * In flat config the last block that matches a file sets a rule's options whole, so each block below lists every
 * restriction for its files (`restrict()` adds the ones all of src/ shares).
 */
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Only src/map/ talks to MapLibre (STYLE §1, §9.1). Type imports too: a feature needing a map type is a finding. */
const MAPLIBRE = {
  regex: '^(maplibre-gl|react-map-gl)(/|$)',
  message: 'Only src/map/ imports react-map-gl and maplibre-gl (STYLE §1, §9.1): move the map code into src/map/.',
};
/** Every turf call lives in src/lib/spatial.ts (STYLE §1), but the point-in-polygon test kept out of start-up. */
const TURF = {
  regex: '^@turf/',
  message: 'Only src/lib/spatial.ts (and spatial-polygon.ts) imports @turf/* (STYLE §1): add or use a function there.',
};
/** zod is for the schemas and the build, never the browser bundle (STYLE §2). */
const ZOD = {
  regex: '^zod(/|$)',
  message:
    'Only src/lib/schema.ts imports zod (STYLE §2; zod stays out of the browser bundle): import the z.infer type you need from src/lib/schema.ts.',
};
/** A value import of schema.ts would pull zod into the bundle; its types are free. */
const SCHEMA_VALUES = {
  regex: '(^|/)schema\\.ts$',
  allowTypeImports: true,
  message:
    'Import only types from src/lib/schema.ts (`import type`): its values need zod, which must stay out of the browser bundle (STYLE §2).',
};
/** app.tsx and main.tsx sit at the top of the arrow: nothing imports them. */
const ENTRY = {
  regex: '(^|/)(app|main)\\.tsx$',
  message:
    'Nothing imports app.tsx or main.tsx: they are the top of lib → data → store → map/features → app (STYLE §1); only the entries (main.tsx, prerender.tsx) render app.tsx.',
};

/** One `no-restricted-imports` block: the shared restrictions plus the layer's own, minus those a file is exempt from. */
function restrict(name, files, own, { ignores, except = [] } = {}) {
  const shared = [MAPLIBRE, TURF, ZOD, SCHEMA_VALUES, ENTRY].filter((p) => !except.includes(p));
  return {
    name: `boundaries/${name}`,
    files,
    ...(ignores ? { ignores } : {}),
    rules: { 'no-restricted-imports': ['error', { patterns: [...shared, ...own] }] },
  };
}

const LIB_OURS = {
  regex: '^\\.\\./',
  message:
    'src/lib is pure and imports nothing of ours outside src/lib (STYLE §1, §3): pass data in as arguments instead.',
};
const LIB_FRAMEWORKS = {
  regex: '^(react|react-dom|zustand)(/|$)',
  message: 'src/lib is plain TypeScript: no React or zustand (STYLE §1, §3).',
};
/** The same for a folder inside src/lib (lib/metro): its parent folder is still src/lib. */
const LIB_OURS_NESTED = { ...LIB_OURS, regex: '^\\.\\./\\.\\./' };
const libBlock = (name, files, opts) => restrict(name, files, [LIB_OURS, LIB_FRAMEWORKS], opts);

const boundaries = [
  // app.tsx and anything not in a layer below; the entries render app.tsx: main.tsx in the browser, prerender.tsx at
  // build time (scripts/vite-plugin-prerender.ts).
  restrict('src', ['src/**/*.{ts,tsx}'], [], { ignores: ['src/main.tsx', 'src/prerender.tsx'] }),
  restrict('main', ['src/main.tsx', 'src/prerender.tsx'], [], { except: [ENTRY] }),
  libBlock('lib', ['src/lib/**/*.ts'], {
    ignores: [
      'src/lib/spatial.ts',
      'src/lib/spatial-polygon.ts',
      'src/lib/schema.ts',
      'src/lib/patch-validate.ts',
      'src/lib/*/**',
    ],
  }),
  restrict('lib/nested', ['src/lib/*/**/*.ts'], [LIB_OURS_NESTED, LIB_FRAMEWORKS]),
  libBlock('lib/spatial', ['src/lib/spatial.ts', 'src/lib/spatial-polygon.ts'], { except: [TURF] }),
  // patch-validate.ts: the build's schemas for the data:apply and geocode commands (Node only, never the bundle).
  libBlock('lib/schema', ['src/lib/schema.ts', 'src/lib/patch-validate.ts'], { except: [ZOD, SCHEMA_VALUES] }),
  restrict(
    'data',
    ['src/data/**/*.ts'],
    [
      {
        regex: '^\\.\\./(?!lib/|\\.\\./(data|geo)/)',
        message: 'src/data imports only src/lib and the files in data/ and geo/ (STYLE §1).',
      },
      {
        regex: '^(?![./]|virtual:(app-data|pinyin-chars|gazetteer)$)',
        message:
          'src/data uses no package (STYLE §1): it loads files validated at build time; schema types come from src/lib/schema.ts.',
      },
    ],
    // The package rule above already covers these, with its own message.
    { except: [MAPLIBRE, TURF, ZOD] },
  ),
  restrict(
    'store',
    ['src/store/**/*.ts'],
    [
      {
        regex: '^\\.\\./(?!lib/|data/)',
        message:
          'src/store imports only src/lib and src/data (STYLE §1, §4): static data through src/data; the map reacts to the store, not the reverse.',
      },
    ],
  ),
  restrict(
    'map',
    ['src/map/**/*.{ts,tsx}'],
    [
      {
        regex: '^\\.\\./features/',
        message: 'src/map does not import features (STYLE §1: lib → data → store → map/features → app).',
      },
    ],
    { except: [MAPLIBRE] },
  ),
  restrict('features', ['src/features/**/*.{ts,tsx}'], []),
  // Worker entries are thin wrappers over src/lib (STYLE §1): the heavy work stays pure and testable.
  restrict(
    'workers',
    ['src/workers/**/*.ts'],
    [
      {
        regex: '^\\.\\./(?!lib/)',
        message: 'src/workers import only src/lib (STYLE §1): a worker wraps pure functions.',
      },
      LIB_FRAMEWORKS,
    ],
  ),
  restrict(
    'ui',
    ['src/ui/**/*.{ts,tsx}'],
    [
      {
        regex: '^\\.\\./(?!lib/)',
        message:
          'src/ui components take props only (STYLE §1, §4): no store, map, data, features or i18n; a feature passes them what they show.',
      },
      {
        regex: '^zustand(/|$)',
        allowTypeImports: true,
        message: 'src/ui components take props only (STYLE §4): no store; pass the state in.',
      },
    ],
  ),
  restrict(
    'i18n',
    ['src/i18n/*.ts'],
    [{ regex: '^\\.\\./(?!lib/)', message: 'src/i18n imports only other i18n files and src/lib (STYLE §1).' }],
  ),
  // The tables loaded with their features (src/i18n/later): their parent folder is still src/i18n.
  restrict(
    'i18n/later',
    ['src/i18n/*/**/*.ts'],
    [{ regex: '^\\.\\./\\.\\./(?!lib/)', message: 'src/i18n imports only other i18n files and src/lib (STYLE §1).' }],
  ),
];

export default defineConfig(
  {
    name: 'ignores',
    // public/ is generated by the build plugins if it appears; data/ and geo/ are datasets, not code.
    ignores: [
      'dist/',
      'coverage/',
      'test-results/',
      'playwright-report/',
      'public/',
      'data/',
      'geo/',
      'docs/',
      '.vite/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    name: 'unused',
    // `const { region: _region, ...rest } = park` omits a property on purpose.
    rules: { '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }] },
  },
  { name: 'globals/browser', files: ['src/**', 'scripts/bench-*/**'], languageOptions: { globals: globals.browser } },
  {
    name: 'globals/node',
    files: ['scripts/**/*.{ts,mjs}', 'tools/**', 'tests/**', '*.{js,mjs,ts}'],
    ignores: ['scripts/bench-*/**'],
    languageOptions: { globals: globals.node },
  },
  // Tests and benchmarks drive a page (their callbacks run in the browser) or render into jsdom.
  {
    name: 'globals/node-and-page',
    files: ['tests/**', 'scripts/bench*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  ...boundaries,
);
