#!/usr/bin/env node
// Performance budget: the gzip size of the JavaScript the app loads at start must stay under perf-budget.json
// (`startupJsGzipBytes`), and so must the data it fetches before it runs (`startupDataGzipBytes`, if given).
//
//   node scripts/check-budget.mjs [distDir=dist] [budgetFile=perf-budget.json]
//
// Counted: what index.html makes the browser fetch at start, followed through the build manifest
// (distDir/.vite/manifest.json, `build.manifest` in vite.config.ts): its module scripts and modulepreload links (the
// entry and the chunks it starts at once: the map pane and maplibre-gl, scripts/vite-plugin-startup.ts), every chunk
// they import statically, and the scripts those chunks reference as assets (the MapLibre worker). Chunks loaded only on
// first use (print, compare, export, the search's gazetteer…) are listed apart, for information, and not counted; nor
// are the service worker's own files (sw.js, workbox-*.js, registerSW.js), which load after the app, in the background.
// Start-up data: the files index.html preloads with `<link rel="preload" as="fetch">` (the app's data, parsed as JSON
// rather than as JavaScript: scripts/vite-plugin-data.ts `virtual:app-data`), counted against their own budget.
// Sizes are gzip level 9 (what a static server sends, give or take).
// Exit 0 within budget, 1 over it (or when there is nothing to measure), 2 on bad arguments.
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const SERVICE_WORKER = /^(sw\.js|registerSW\.js|workbox-[\w-]+\.js)$/;
const SCRIPT = /\.m?js$/;
const MANIFEST = path.join('.vite', 'manifest.json');

/** The value of attribute `name` in an HTML tag, or undefined. */
const attrOf = (tag, name) => new RegExp(`\\s${name}=["']?([^"'\\s>]+)`, 'i').exec(tag)?.[1];

/** The files index.html loads at start as modules: `<script type="module" src>` and `<link rel="modulepreload" href>`. */
export function startupFilesOfHtml(html) {
  const files = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name) => attrOf(tag, name);
    const isModule = /^<script/i.test(tag) ? attr('type') === 'module' : attr('rel') === 'modulepreload';
    const url = /^<script/i.test(tag) ? attr('src') : attr('href');
    if (isModule && url && !/^[a-z]+:|^\/\//i.test(url)) files.push(url.replace(/^(\.\/|\/)+/, ''));
  }
  return files;
}

/** The files index.html preloads as data for fetch(): `<link rel="preload" as="fetch" href>`. */
export function startupDataOfHtml(html) {
  const files = [];
  for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
    const attr = (name) => attrOf(tag, name);
    const url = attr('href');
    if (attr('rel') === 'preload' && attr('as') === 'fetch' && url && !/^[a-z]+:|^\/\//i.test(url))
      files.push(url.replace(/^(\.\/|\/)+/, ''));
  }
  return files;
}

/** Every script under `dir` but the service worker's, as paths relative to `dir`. */
function allScripts(dir) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) {
        if (name !== '.vite') walk(p);
      } else if (SCRIPT.test(name) && !SERVICE_WORKER.test(name))
        out.push(path.relative(dir, p).split(path.sep).join('/'));
    }
  };
  walk(dir);
  return out;
}

/**
 * The start-up scripts of the build in `dir` (see the header), with their raw and gzip size in bytes, largest first,
 * and the scripts loaded later (`lazy`). Throws when the build has no manifest.
 */
export function measureStartupJs(dir) {
  const manifestPath = path.join(dir, MANIFEST);
  if (!existsSync(manifestPath))
    throw new Error(`no build manifest at ${manifestPath} (vite.config.ts must keep build.manifest on)`);
  const manifest = Object.values(JSON.parse(readFileSync(manifestPath, 'utf8')));
  const html = existsSync(path.join(dir, 'index.html')) ? readFileSync(path.join(dir, 'index.html'), 'utf8') : '';
  const byFile = new Map(manifest.map((c) => [c.file, c]));
  const byKey = new Map(Object.entries(JSON.parse(readFileSync(manifestPath, 'utf8'))));
  const startup = new Set();
  const visit = (file) => {
    if (startup.has(file)) return;
    startup.add(file);
    const chunk = byFile.get(file);
    for (const key of chunk?.imports ?? []) {
      const dep = byKey.get(key);
      if (dep) visit(dep.file);
    }
    for (const asset of chunk?.assets ?? []) if (SCRIPT.test(asset)) visit(asset);
  };
  for (const file of startupFilesOfHtml(html)) if (existsSync(path.join(dir, file))) visit(file);

  const size = (file) => {
    const buf = readFileSync(path.join(dir, file));
    return { file, rawBytes: buf.length, gzipBytes: gzipSync(buf, { level: 9 }).length };
  };
  const byGzip = (a, b) => b.gzipBytes - a.gzipBytes;
  const files = [...startup].map(size).sort(byGzip);
  const lazy = allScripts(dir)
    .filter((f) => !startup.has(f))
    .map(size)
    .sort(byGzip);
  const sum = (xs) => xs.reduce((s, f) => s + f.gzipBytes, 0);
  const data = startupDataOfHtml(html)
    .filter((f) => existsSync(path.join(dir, f)))
    .map(size)
    .sort(byGzip);
  return { files, totalGzipBytes: sum(files), lazy, lazyGzipBytes: sum(lazy), data, dataGzipBytes: sum(data) };
}

const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;

/** Compares the start-up data with its budget (none given: not checked); returns { ok, message }. */
function checkDataBudget(measure, dataBudgetBytes) {
  if (dataBudgetBytes === undefined) return { ok: true, message: '' };
  const data = measure.data ?? [];
  const bytes = measure.dataGzipBytes ?? 0;
  const head = `start-up data: ${kib(bytes)} gzip in ${data.length} files; budget ${kib(dataBudgetBytes)}`;
  const list = data.map((f) => `  ${kib(f.gzipBytes).padStart(10)}  ${f.file}`).join('\n');
  if (bytes > dataBudgetBytes) {
    const over = bytes - dataBudgetBytes;
    return {
      ok: false,
      message: `${head}\nOVER BUDGET by ${kib(over)} (${((over / dataBudgetBytes) * 100).toFixed(1)}%).\n${list}`,
    };
  }
  return { ok: true, message: `${head}: within budget (${kib(dataBudgetBytes - bytes)} to spare).\n${list}` };
}

/** Compares a measurement with the budgets in bytes (JavaScript; data, if given); returns { ok, message }. */
export function checkBudget(measure, budgetBytes, dataBudgetBytes) {
  const js = checkJsBudget(measure, budgetBytes);
  const data = checkDataBudget(measure, dataBudgetBytes);
  return { ok: js.ok && data.ok, message: [js.message, data.message].filter(Boolean).join('\n') };
}

function checkJsBudget(measure, budgetBytes) {
  const list = (fs) => fs.map((f) => `  ${kib(f.gzipBytes).padStart(10)}  ${f.file}`);
  const lazy = measure.lazy?.length
    ? `\nloaded on first use, not counted: ${kib(measure.lazyGzipBytes)} gzip in ${measure.lazy.length} files\n${list(measure.lazy).join('\n')}`
    : '';
  const head = `start-up JavaScript: ${kib(measure.totalGzipBytes)} gzip in ${measure.files.length} files; budget ${kib(budgetBytes)}`;
  if (measure.files.length === 0)
    return { ok: false, message: `${head}\nno JavaScript found: is this a build folder?` };
  if (measure.totalGzipBytes > budgetBytes) {
    const over = measure.totalGzipBytes - budgetBytes;
    return {
      ok: false,
      message:
        `${head}\nOVER BUDGET by ${kib(over)} (${((over / budgetBytes) * 100).toFixed(1)}%).\n${list(measure.files).join('\n')}${lazy}\n` +
        'Find what grew (a new dependency, a namespace import that defeats tree-shaking, a feature no longer loaded on first use) or, if the growth is worth it, raise perf-budget.json in the same commit and say why.',
    };
  }
  return {
    ok: true,
    message: `${head}: within budget (${kib(budgetBytes - measure.totalGzipBytes)} to spare).\n${list(measure.files).join('\n')}${lazy}`,
  };
}

function main(argv) {
  const [distArg = 'dist', budgetArg = 'perf-budget.json'] = argv;
  if (!existsSync(distArg) || !statSync(distArg).isDirectory()) {
    console.error(`check-budget: no build folder at ${distArg} (run the build first)`);
    return 2;
  }
  let budget;
  let dataBudget;
  try {
    ({ startupJsGzipBytes: budget, startupDataGzipBytes: dataBudget } = JSON.parse(readFileSync(budgetArg, 'utf8')));
  } catch (e) {
    console.error(`check-budget: cannot read ${budgetArg}: ${e.message}`);
    return 2;
  }
  if (!Number.isInteger(budget) || budget <= 0) {
    console.error(`check-budget: ${budgetArg} needs a positive integer "startupJsGzipBytes"`);
    return 2;
  }
  if (dataBudget !== undefined && !(Number.isInteger(dataBudget) && dataBudget > 0)) {
    console.error(`check-budget: "startupDataGzipBytes" in ${budgetArg} must be a positive integer when given`);
    return 2;
  }
  let measure;
  try {
    measure = measureStartupJs(distArg);
  } catch (e) {
    console.error(`check-budget: ${e.message}`);
    return 1;
  }
  const result = checkBudget(measure, budget, dataBudget);
  (result.ok ? console.log : console.error)(result.message);
  return result.ok ? 0 : 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
