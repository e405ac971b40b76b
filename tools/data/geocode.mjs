#!/usr/bin/env node
// Geocodes the parks' plan addresses with a web geocoder and writes a patch for review (never into data/).
//
//   npm run geocode -- --provider amap|tianditu|baidu [--endpoint URL] [--only id,…] --out FILE
//                      [--timeout ms] [--delay ms] [--data parks.geojson]
//
// The key comes from the environment (AMAP_KEY, TIANDITU_KEY or BAIDU_AK) and is never printed. Each park is queried
// with its plan address (src/lib/geocode-providers.ts queryFor), the answer converted to WGS-84, its level mapped to a
// precision and accuracyM, and the park checked as data:apply would (src/lib/patch.ts checkPatch with the build's
// schemas). A park with no answer, an ambiguous one, a timeout, a level coarser than a town, an answer outside the
// district or the plan's town, or an answer coarser than what the data already has is reported and left out.
// A refused key or a spent quota stops the run (exit 1); what was geocoded before is still written.
// Review the patch (the site editor can import it), then apply it: npm run data:apply -- FILE.
// Exit status: 0 finished (parks may have been left out: see the report), 1 stopped by the provider, 2 usage.
import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from './atomic-write.mjs';
import { loadTs, ROOT } from './load-ts.mjs';

const PROVIDERS = ['amap', 'tianditu', 'baidu'];
const KEY_ENV = { amap: 'AMAP_KEY', tianditu: 'TIANDITU_KEY', baidu: 'BAIDU_AK' };
const USAGE =
  'usage: npm run geocode -- --provider amap|tianditu|baidu [--endpoint URL] [--only id,…] --out FILE ' +
  '[--timeout ms] [--delay ms] [--data parks.geojson]';
function usage(message) {
  console.error(`geocode: ${message}\n${USAGE}`);
  process.exit(2);
}
const base =
  process.env.npm_lifecycle_event === 'geocode' && process.env.INIT_CWD ? process.env.INIT_CWD : process.cwd();
const shown = (p) => path.relative(process.cwd(), p) || p;

const opts = { timeout: 10000, delay: 250, data: path.join(ROOT, 'data/parks.geojson') };
const args = process.argv.slice(2);
const VALUED = ['--provider', '--endpoint', '--only', '--out', '--timeout', '--delay', '--data'];
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--help' || a === '-h') {
    console.log(USAGE);
    process.exit(0);
  }
  if (!VALUED.includes(a)) usage(`unknown argument ${a}`);
  const value = args[++i];
  if (value === undefined || value.startsWith('--')) usage(`${a} needs a value`);
  opts[a.slice(2)] = value;
}
if (!PROVIDERS.includes(opts.provider)) usage(`--provider must be one of ${PROVIDERS.join(', ')}`);
if (!opts.out) usage('--out FILE is required (the patch to write; never in data/)');
const out = path.resolve(base, opts.out);
const dataDir = fs.realpathSync(path.join(ROOT, 'data'));
const outDir = fs.existsSync(path.dirname(out)) ? fs.realpathSync(path.dirname(out)) : path.dirname(out);
const inData = path.relative(dataDir, path.join(outDir, path.basename(out)));
if (!inData.startsWith('..') && !path.isAbsolute(inData))
  usage(`--out ${opts.out} is inside data/: a patch is reviewed, then applied with npm run data:apply`);
const timeout = Number(opts.timeout);
const delay = Number(opts.delay);
if (!(timeout > 0) || !(delay >= 0)) usage('--timeout must be > 0 and --delay ≥ 0 (milliseconds)');
if (opts.endpoint) {
  try {
    new URL(opts.endpoint);
  } catch {
    usage(`--endpoint ${opts.endpoint} is not a URL`);
  }
}
const dataPath = path.resolve(base, opts.data);
if (!fs.existsSync(dataPath)) usage(`data file not found: ${shown(dataPath)}`);

const keyEnv = KEY_ENV[opts.provider];
const key = process.env[keyEnv];
if (!key) {
  console.error(`geocode: set ${keyEnv} to your ${opts.provider} web-service key (read from the environment, never printed)`);
  process.exit(2);
}
/** Any text with the key blanked out (a provider may echo it; an error may carry the URL). */
const redact = (s) => String(s).split(key).join('***').split(encodeURIComponent(key)).join('***');

const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));
const current = readJson(dataPath).features;
let parks = [...current].sort((a, b) => a.properties.seq - b.properties.seq);
if (opts.only) {
  const ids = opts.only.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = ids.filter((id) => !parks.some((f) => f.properties.id === id));
  if (unknown.length) usage(`--only: unknown park id ${unknown.join(', ')}`);
  parks = parks.filter((f) => ids.includes(f.properties.id));
}

const [providers, lib, schemas] = await loadTs(
  'src/lib/geocode-providers.ts',
  'src/lib/patch.ts',
  'src/lib/patch-validate.ts',
);
const ctx = {
  district: readJson(path.join(ROOT, 'geo/boundary.geojson')).features[0].geometry,
  towns: readJson(path.join(ROOT, 'geo/towns.geojson')).features,
  validate: schemas.validateParkFeature,
};
const now = new Date();
const date = now.toISOString().slice(0, 10);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const edits = [];
let stopped = null;
let leftOut = 0;
console.log(`geocode: ${parks.length} park${parks.length === 1 ? '' : 's'} with ${opts.provider}`);
for (const [n, park] of parks.entries()) {
  const p = park.properties;
  const label = `#${p.seq} ${p.id}`;
  const skip = (why) => {
    leftOut++;
    console.error(`${label}: left out: ${redact(why)}`);
  };
  if (n > 0 && delay) await sleep(delay);
  const query = providers.queryFor(p);
  let status;
  let body;
  try {
    const res = await fetch(providers.requestUrl(opts.provider, opts.endpoint, query.text, key), {
      signal: AbortSignal.timeout(timeout),
    });
    status = res.status;
    body = await res.text();
  } catch (e) {
    const why = e?.name === 'TimeoutError' ? `timeout after ${timeout} ms` : `${e.message}${e.cause ? ` (${e.cause.code ?? e.cause.message})` : ''}`;
    skip(`${query.text}: ${why}`);
    continue;
  }
  const outcome = providers.interpret(opts.provider, status, body, query, date);
  if (outcome.kind === 'fatal') {
    stopped = outcome.message;
    break;
  }
  if (outcome.kind !== 'ok') {
    skip(`${query.text}: ${outcome.kind}: ${outcome.message}`);
    continue;
  }
  const was = p.geocode;
  if (providers.isCoarser(outcome.geocode, was)) {
    skip(
      `${query.text}: level ${outcome.level} gives ${outcome.geocode.precision} ±${outcome.geocode.accuracyM} m, ` +
        `coarser than the data's ${was.precision} ±${was.accuracyM} m`,
    );
    continue;
  }
  const edit = { properties: p, coordinates: outcome.coordinates, geocode: outcome.geocode, editedAt: now.toISOString() };
  const { errors } = lib.checkPatch(lib.buildPatch([edit], now), current, ctx);
  if (errors.length) {
    skip(`${query.text}: ${errors.map((e) => e.replace(/^feature #\d+ \([^)]*\) › /, '')).join('; ')}`);
    continue;
  }
  edits.push(edit);
  console.log(`${label}: ${query.text} → level ${outcome.level}: ${outcome.geocode.precision} ±${outcome.geocode.accuracyM} m`);
}

if (stopped) console.error(`geocode: stopped: ${redact(stopped)}`);
if (edits.length) {
  const patch = lib.buildPatch(edits, now);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  writeFileAtomic(out, lib.serializePatch(patch));
  console.log(`\nwrote ${shown(out)}: ${edits.length} park${edits.length === 1 ? '' : 's'}${leftOut ? `, ${leftOut} left out` : ''}`);
  for (const c of lib.summarizePatch(patch, current)) console.log(`  ${lib.formatChange(c)}`);
  console.log(`review it, then: npm run data:apply -- ${shown(out)}`);
} else {
  console.log(`\nno patch written (${shown(out)} untouched): no park could be placed${leftOut ? ` (${leftOut} left out)` : ''}`);
}
process.exit(stopped ? 1 : 0);
