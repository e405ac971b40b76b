/**
 * The layer rules (STYLE.md §1) are enforced by lint: `no-restricted-imports` blocks in eslint.config.js, run by
 * `npm test` (tests/unit/lint-config.test.ts shows them failing a wrong-way import). This file checks what lint
 * itself cannot: that every folder of src/ has its own block, and that dynamic `import()`, which
 * `no-restricted-imports` does not see, keeps to the same rules.
 */
import { describe, it, expect } from 'vitest';
import { ESLint } from 'eslint';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SRC = path.join(ROOT, 'src');
const CONFIG = path.join(ROOT, 'eslint.config.js');

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p) : /\.tsx?$/.test(e.name) ? [p] : [];
  });
const sources = files(SRC);
const layers = readdirSync(SRC, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);

describe('architecture', () => {
  it('scans the source tree', () => {
    expect(sources.length).toBeGreaterThan(0);
    expect(layers).toContain('lib');
  });

  it('gives every folder of src/ its own import-boundary block in eslint.config.js', async () => {
    const { default: config } = (await import(pathToFileURL(CONFIG).href)) as { default: { name?: string }[] };
    const blocks = new Set(config.map((c) => c.name));
    expect(layers.filter((l) => !blocks.has(`boundaries/${l}`))).toEqual([]);
  });

  it('holds dynamic import() to the same boundaries as a static import from the same file', async () => {
    const eslint = new ESLint({
      cwd: ROOT,
      overrideConfigFile: CONFIG,
      ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-imports',
    });
    const dynamic = sources.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => ({
        file,
        spec: m[1]!,
      })),
    );
    const offenders: string[] = [];
    for (const { file, spec } of dynamic) {
      const [result] = await eslint.lintText(`import '${spec}';\n`, { filePath: file });
      for (const m of result!.messages) offenders.push(`${path.relative(ROOT, file)}: import('${spec}'): ${m.message}`);
    }
    expect(offenders).toEqual([]);
  });

  it("hands the map to the tests only in a browser driven by automation (never a user's)", () => {
    const hooks = sources.flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .filter((line) => /__haidianMap\s*=/.test(line))
        .map((line) => ({ f, line })),
    );
    expect(hooks.length).toBeGreaterThan(0);
    for (const { f, line } of hooks) expect(line, path.relative(ROOT, f)).toMatch(/if \(navigator\.webdriver\)/);
  });

  it('has one keyboard listener for shortcuts: every global key binding goes through src/ui/use-shortcuts.ts', () => {
    const listeners = sources.flatMap((f) =>
      /(window|document)\.addEventListener\(\s*['"]key(down|up)['"]/.test(readFileSync(f, 'utf8'))
        ? [path.relative(ROOT, f)]
        : [],
    );
    expect(listeners).toEqual(['src/ui/use-shortcuts.ts']);
  });

  it('lints first in npm test: formatting, then ESLint', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts.test).toMatch(/^npm run lint && /);
    expect(pkg.scripts.lint).toMatch(/^prettier --check \. .*&& eslint \. /);
  });
});
