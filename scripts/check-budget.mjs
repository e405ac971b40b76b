#!/usr/bin/env node
// Performance budget: the gzip size of the JavaScript the app loads at start must stay under perf-budget.json.
//
//   node scripts/check-budget.mjs [distDir=dist] [budgetFile=perf-budget.json]
//
// Counted: every .js and .mjs file under distDir (the entry, its static imports, the maplibre chunk and its worker),
// except the service worker's own files (sw.js, workbox-*.js, registerSW.js), which load after the app, in the
// background. Counting every script rather than tracing imports keeps the number deterministic; a lazily loaded chunk
// counts too, which errs on the safe side. Sizes are gzip level 9 (what a static server sends, give or take).
// Exit 0 within budget, 1 over it (or when there is nothing to measure), 2 on bad arguments.
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const SERVICE_WORKER = /^(sw\.js|registerSW\.js|workbox-[\w-]+\.js)$/;

/** Every start-up script under `dir`, with its raw and gzip size in bytes, largest first. */
export function measureStartupJs(dir) {
  const files = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.m?js$/.test(name) && !SERVICE_WORKER.test(name)) {
        const buf = readFileSync(p);
        files.push({
          file: path.relative(dir, p).split(path.sep).join('/'),
          rawBytes: buf.length,
          gzipBytes: gzipSync(buf, { level: 9 }).length,
        });
      }
    }
  };
  walk(dir);
  files.sort((a, b) => b.gzipBytes - a.gzipBytes);
  return { files, totalGzipBytes: files.reduce((s, f) => s + f.gzipBytes, 0) };
}

const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;

/** Compares a measurement with a budget in bytes; returns { ok, message }. */
export function checkBudget(measure, budgetBytes) {
  const lines = measure.files.map((f) => `  ${kib(f.gzipBytes).padStart(10)}  ${f.file}`);
  const head = `start-up JavaScript: ${kib(measure.totalGzipBytes)} gzip in ${measure.files.length} files; budget ${kib(budgetBytes)}`;
  if (measure.files.length === 0)
    return { ok: false, message: `${head}\nno JavaScript found: is this a build folder?` };
  if (measure.totalGzipBytes > budgetBytes) {
    const over = measure.totalGzipBytes - budgetBytes;
    return {
      ok: false,
      message:
        `${head}\nOVER BUDGET by ${kib(over)} (${((over / budgetBytes) * 100).toFixed(1)}%).\n${lines.join('\n')}\n` +
        'Find what grew (a new dependency, a namespace import that defeats tree-shaking) or, if the growth is worth it, raise perf-budget.json in the same commit and say why.',
    };
  }
  return {
    ok: true,
    message: `${head}: within budget (${kib(budgetBytes - measure.totalGzipBytes)} to spare).\n${lines.join('\n')}`,
  };
}

function main(argv) {
  const [distArg = 'dist', budgetArg = 'perf-budget.json'] = argv;
  if (!existsSync(distArg) || !statSync(distArg).isDirectory()) {
    console.error(`check-budget: no build folder at ${distArg} (run the build first)`);
    return 2;
  }
  let budget;
  try {
    budget = JSON.parse(readFileSync(budgetArg, 'utf8')).startupJsGzipBytes;
  } catch (e) {
    console.error(`check-budget: cannot read ${budgetArg}: ${e.message}`);
    return 2;
  }
  if (!Number.isInteger(budget) || budget <= 0) {
    console.error(`check-budget: ${budgetArg} needs a positive integer "startupJsGzipBytes"`);
    return 2;
  }
  const result = checkBudget(measureStartupJs(distArg), budget);
  (result.ok ? console.log : console.error)(result.message);
  return result.ok ? 0 : 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
